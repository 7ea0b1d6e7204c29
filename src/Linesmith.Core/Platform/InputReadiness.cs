using System.Runtime.InteropServices;

namespace Linesmith.Platform;

/// <summary>
/// Waits, with a timeout, until a file descriptor has something to read (or its end), through
/// <c>poll(2)</c>. It lets a render read stdin on its own thread with a deadline instead of starting
/// a reader thread for every run (~0.1 ms of each start, measured with bench/startup).
/// </summary>
internal static partial class InputReadiness
{
    private const short PollIn = 0x1;
    private const short PollOut = 0x4;
    private const int Interrupted = 4; // EINTR on Linux and macOS

    /// <summary>
    /// Ready when <paramref name="descriptor"/> is readable (data, end of input or an error that the
    /// next read reports), timed out when <paramref name="timeout"/> passed first, unknown when this platform
    /// or descriptor cannot be polled (the caller then falls back to a reader thread).
    /// </summary>
    /// <remarks>On Windows only stdin (0) can be asked, by looking into its pipe (<see cref="WindowsStandardStreams.WaitReadable"/>).</remarks>
    public static Readiness WaitReadable(int descriptor, TimeSpan timeout) =>
        OperatingSystem.IsWindows() ? descriptor == 0 ? WindowsStandardStreams.WaitReadable(timeout) : Readiness.Unknown : Wait(descriptor, PollIn, timeout);

    /// <summary>
    /// Ready when a write to <paramref name="descriptor"/> would not block (for a pipe: room for at least
    /// <c>PIPE_BUF</c> bytes) or would fail at once; timed out when <paramref name="timeout"/> passed first;
    /// unknown when it cannot tell. The watchdog asks this before it writes, so that it never joins a
    /// write blocked on a full pipe (docs/spec/decisions.md#d13-nothing-a-repository-configures-is-executed-every-read-is-bounded).
    /// </summary>
    public static Readiness WaitWritable(int descriptor, TimeSpan timeout) => Wait(descriptor, PollOut, timeout);

    private static Readiness Wait(int descriptor, short events, TimeSpan timeout)
    {
        if (OperatingSystem.IsWindows())
        {
            return Readiness.Unknown;
        }

        var giveUpAt = Environment.TickCount64 + (long)Math.Ceiling(Math.Max(0, timeout.TotalMilliseconds));
        var poll = new PollDescriptor { Descriptor = descriptor, Events = events };
        try
        {
            while (true)
            {
                var left = (int)Math.Clamp(giveUpAt - Environment.TickCount64, 0, int.MaxValue);
                var ready = Poll(ref poll, 1, left);
                if (ready >= 0)
                {
                    return ready > 0 ? Readiness.Ready : Readiness.TimedOut;
                }

                // A signal interrupted the wait: wait again for what is left.
                if (Marshal.GetLastPInvokeError() != Interrupted)
                {
                    return Readiness.Unknown;
                }
            }
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return Readiness.Unknown;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);
}
