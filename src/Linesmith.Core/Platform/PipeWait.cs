namespace Linesmith.Platform;

/// <summary>What a look into a pipe without reading it found (Windows' <c>PeekNamedPipe</c>).</summary>
internal enum PipeState
{
    /// <summary>Open, nothing to read yet.</summary>
    Empty,

    /// <summary>At least one byte can be read.</summary>
    HasData,

    /// <summary>The writer closed its end: the next read returns the end of input.</summary>
    Ended,

    /// <summary>The look failed for another reason: the caller cannot tell.</summary>
    Unknown,
}

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

    /// <summary>True when readable (data or end), false when <paramref name="timeout"/> passed first, null when it cannot tell.</summary>
    public static bool? Until(Func<PipeState> look, TimeSpan timeout, Func<TimeSpan> elapsed, Action<TimeSpan> sleep)
    {
        var pause = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            switch (look())
            {
                case PipeState.HasData or PipeState.Ended:
                    return true;
                case PipeState.Unknown:
                    return null;
            }

            var left = timeout - elapsed();
            if (left <= TimeSpan.Zero)
            {
                return false;
            }

            sleep(pause < left ? pause : left);
            pause = pause * 2 < LongestPause ? pause * 2 : LongestPause;
        }
    }
}
