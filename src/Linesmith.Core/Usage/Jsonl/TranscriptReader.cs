using Linesmith.Platform;
using Microsoft.Win32.SafeHandles;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// The one place transcripts are opened: through <see cref="BoundedFile.OpenRegular"/> (non-blocking
/// open, regular files only), so a transcript swapped for a FIFO or a device after the listing is a
/// refused file, not a hang. Callers read only the byte range the listing saw
/// (<see cref="TranscriptFile.Size"/>), by offset, so a file that grows while it is read costs no more
/// than its listed size; the listing already left out symbolic links and empty files.
/// </summary>
internal static class TranscriptReader
{
    public static SafeFileHandle Open(string path) => BoundedFile.OpenRegular(path, out _);

    /// <summary>The fingerprint of the <paramref name="length"/> bytes before <paramref name="end"/>: an appended file keeps it, a rewritten one almost never does.</summary>
    public static ulong TailHash(SafeFileHandle handle, long end, int length)
    {
        var start = Math.Max(0, end - length);
        var bytes = new byte[(int)(end - start)];
        var total = 0;
        while (total < bytes.Length)
        {
            var read = RandomAccess.Read(handle, bytes.AsSpan(total), start + total);
            if (read == 0)
            {
                return 0;
            }

            total += read;
        }

        return Fnv64.Hash(bytes);
    }
}
