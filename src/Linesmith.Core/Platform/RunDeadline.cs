namespace Linesmith.Platform;

/// <summary>
/// The last line of defence of "a run always exits" (docs/spec/decisions.md#d6-always-exit): every step of a render is
/// bounded on its own (stdin 1 s, the request timeout, the Keychain 2 s, git), and this watchdog
/// ends the process anyway if their sum is ever exceeded. A plain background thread rather than a
/// <see cref="Timer"/>: a timer would start the thread pool on every render for nothing.
/// </summary>
internal sealed class RunDeadline : IDisposable
{
    private readonly ManualResetEventSlim _cancelled = new();

    private RunDeadline(TimeSpan limit, Action expired)
    {
        var watchdog = new Thread(() =>
        {
            if (!_cancelled.Wait(limit))
            {
                expired();
            }
        })
        {
            IsBackground = true,
            Name = "run deadline",
        };
        watchdog.Start();
    }

    /// <summary>
    /// The timeout is range-checked where it is read (at most 60 s); this cap keeps the watchdog's
    /// wait a valid <see cref="Thread"/> timeout whatever reaches it (<c>2147483647</c> ms plus the
    /// margins once overflowed it and crashed every render).
    /// </summary>
    public static readonly TimeSpan MaxLimit = TimeSpan.FromMinutes(2);

    /// <summary>Stdin's 1 s, the request timeout, the Keychain's 2 s and a margin; never under 5 s nor over <see cref="MaxLimit"/>.</summary>
    public static TimeSpan For(TimeSpan requestTimeout) =>
        TimeSpan.FromSeconds(Math.Clamp(1 + requestTimeout.TotalSeconds + 2 + 1, 5, MaxLimit.TotalSeconds));

    public static RunDeadline Start(TimeSpan limit, Action expired) => new(limit, expired);

    /// <summary>Stops the watchdog; the event stays undisposed so that the thread may still read it.</summary>
    public void Dispose() => _cancelled.Set();
}
