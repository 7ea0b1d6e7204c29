using System.Text;
using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// The process's descriptors 0, 1 and 2 without <see cref="Console"/> (docs/guarantees.md): see
/// <see cref="DescriptorOutput"/> and <see cref="DescriptorInput"/>. On Windows <see cref="WindowsStandardStreams"/>
/// takes their place (<see cref="Writer"/> and <see cref="TryWriteNow"/> choose; the rest is Unix only).
/// </summary>
internal static class StandardStreams
{
    private const int ReadWrite = 2; // O_RDWR, the same everywhere

    /// <summary>
    /// A descriptor among 0, 1 and 2 that the parent left closed gets <c>/dev/null</c>: otherwise the
    /// next file this process opens takes its number, and output meant for stdout would land in a
    /// config or lock file (the same guard as in OpenSSH and the C library's set-uid start-up).
    /// </summary>
    public static void EnsureOpen()
    {
        for (var descriptor = 0; descriptor <= 2; descriptor++)
        {
            if (SystemNative.FcntlGetFD(descriptor) < 0)
            {
                var opened = Libc.Open(Encoding.ASCII.GetBytes("/dev/null\0"), ReadWrite);
                if (opened > 2)
                {
                    SystemNative.Close(opened);
                }
            }
        }
    }

    /// <summary>A writer over descriptor 1 or 2 that never throws, flushing at each write like the console did.</summary>
    public static TextWriter Writer(int descriptor) => OperatingSystem.IsWindows()
        ? WindowsStandardStreams.Writer(descriptor)
        : TextWriter.Synchronized(new StreamWriter(new DescriptorOutput(descriptor), new UTF8Encoding(false), 1024) { AutoFlush = true });

    public static Stream Input() => new DescriptorInput(0);

    public static bool IsTerminal(int descriptor) => SystemNative.IsATty(descriptor) == 1;

    /// <summary>
    /// Writes <paramref name="bytes"/> only if that cannot block: the watchdog's last words, written
    /// beside (not through) a writer whose own write may be stuck on a full pipe. False when it did not.
    /// </summary>
    public static bool TryWriteNow(int descriptor, ReadOnlySpan<byte> bytes)
    {
        if (OperatingSystem.IsWindows())
        {
            return WindowsStandardStreams.TryWriteNow(descriptor, bytes);
        }

        if (InputReadiness.WaitWritable(descriptor, TimeSpan.Zero) != Readiness.Ready)
        {
            return false;
        }

        var output = new DescriptorOutput(descriptor);
        output.Write(bytes);
        return !output.Failed;
    }
}
