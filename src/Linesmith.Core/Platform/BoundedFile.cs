namespace Linesmith.Platform;

/// <summary>
/// Reads a whole small file with an upper bound, so that a hostile or corrupted file of gigabytes
/// costs a render nothing but one <c>stat</c>-sized read.
/// </summary>
internal static class BoundedFile
{
    /// <summary>
    /// Returns the bytes, or null when the file is larger than <paramref name="maxBytes"/>. Throws the
    /// usual I/O exceptions (not found, denied, a directory) for the caller to classify.
    /// </summary>
    public static byte[]? ReadAll(string path, int maxBytes)
    {
        using var stream = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.Open,
            Access = FileAccess.Read,
            Share = FileShare.ReadWrite | FileShare.Delete,
            BufferSize = 0,
        });

        // One byte more than expected, so that the common case ends in a single read that sees EOF.
        var buffer = new byte[stream.CanSeek ? (int)Math.Min(stream.Length, maxBytes) + 1 : 4096];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (buffer.Length > maxBytes)
                {
                    return null;
                }

                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, maxBytes + 1));
            }

            var read = stream.Read(buffer, total, buffer.Length - total);
            if (read == 0)
            {
                break;
            }

            total += read;
        }

        if (total > maxBytes)
        {
            return null;
        }

        return total == buffer.Length ? buffer : buffer[..total];
    }
}
