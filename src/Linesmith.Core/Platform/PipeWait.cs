namespace Linesmith.Platform;

/// <summary>
/// Waiting for a pipe to become readable where there is no <c>poll(2)</c>: Windows' anonymous pipes
/// cannot be waited on, only looked into (<c>PeekNamedPipe</c>). So the pipe is looked into, and
/// between looks the thread sleeps, first 1 ms (Claude Code writes the document at once, so the
/// first looks usually find it) and then longer, up to <see cref="LongestPause"/>, until the deadline.
/// The look, the clock and the sleep are passed in, so the loop is tested on every OS.
/// </summary>
internal static class PipeWait
{
    public static readonly TimeSpan LongestPause = TimeSpan.FromMilliseconds(10);

    /// <summary>Ready when readable (data or end), timed out when <paramref name="timeout"/> passed first, unknown when it cannot tell.</summary>
    public static Readiness Until(Func<PipeState> look, TimeSpan timeout, Func<TimeSpan> elapsed, Action<TimeSpan> sleep)
    {
        var pause = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            switch (look())
            {
                case PipeState.HasData or PipeState.Ended:
                    return Readiness.Ready;
                case PipeState.Unknown:
                    return Readiness.Unknown;
            }

            var left = timeout - elapsed();
            if (left <= TimeSpan.Zero)
            {
                return Readiness.TimedOut;
            }

            sleep(pause < left ? pause : left);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }
}
