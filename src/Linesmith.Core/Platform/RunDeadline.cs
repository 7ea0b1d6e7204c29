namespace Linesmith.Platform;

/// <summary>
/// The last line of defence of "a run always exits" ("Our decisions" 6): every step of a render is
/// bounded on its own (stdin 1 s, the request timeout, the Keychain 2 s, git), and this watchdog
/// ends the process anyway if their sum is ever exceeded, printing a hint if nothing was printed.
/// </summary>
internal sealed class RunDeadline : IDisposable
{
    private readonly Timer _timer;

    private RunDeadline(TimeSpan limit, Action expired) =>
        _timer = new Timer(_ => expired(), null, limit, Timeout.InfiniteTimeSpan);

    /// <summary>Stdin's 1 s, the request timeout, the Keychain's 2 s and a margin; never under 5 s.</summary>
    public static TimeSpan For(TimeSpan requestTimeout) =>
        TimeSpan.FromSeconds(Math.Max(5, 1 + requestTimeout.TotalSeconds + 2 + 1));

    public static RunDeadline Start(TimeSpan limit, Action expired) => new(limit, expired);

    public void Dispose() => _timer.Dispose();
}
