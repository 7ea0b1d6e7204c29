namespace Linesmith.Platform;

/// <summary>
/// The watchdog's last words where a write cannot be asked in advance whether it would block
/// (Windows: a pipe has no <c>poll</c>). The bytes are written on a thread of their own, and the
/// watchdog waits at most <c>patience</c> for it: a write stuck on a full pipe that nobody reads is
/// left behind, and ends with the process (<see cref="ImmediateExit"/>).
/// </summary>
internal static class BoundedWrite
{
    /// <summary>True when the whole of <paramref name="bytes"/> was written within <paramref name="patience"/>.</summary>
    public static bool Within(Func<Stream> open, ReadOnlySpan<byte> bytes, TimeSpan patience)
    {
        var copy = bytes.ToArray();
        var written = false;
        var writer = new Thread(() =>
        {
            try
            {
                var stream = open();
                stream.Write(copy);
                stream.Flush();
                Volatile.Write(ref written, true);
            }
            catch (Exception exception) when (exception is IOException or ObjectDisposedException or NotSupportedException or UnauthorizedAccessException)
            {
                // Nothing is left to tell: the process is ending.
            }
        })
        {
            IsBackground = true,
            Name = "last words",
        };
        writer.Start();
        return writer.Join(patience) && Volatile.Read(ref written);
    }
}
