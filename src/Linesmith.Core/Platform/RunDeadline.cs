namespace Linesmith.Platform;

/// <summary>
/// The last line of defence of "a run always exits" (docs/spec/decisions.md#d6-always-exit): every step
/// of a command is bounded on its own (stdin 1 s, the request timeout, the Keychain 2 s, git, bounded
/// file reads), and this watchdog ends the process anyway if their sum is ever exceeded. It is armed
/// before a command does anything else; a render moves its limit once the config has named the
/// request timeout (<see cref="Change"/>). The expiry action runs on the watchdog's own thread and
/// must take no lock that a stuck thread can hold (it writes with <see cref="StandardStreams.TryWriteNow"/>
/// and ends with <see cref="ImmediateExit"/>). A plain background thread rather than a
/// <see cref="Timer"/>: a timer would start the thread pool on every render for nothing.
/// </summary>
internal sealed class RunDeadline : IDisposable
{
    // Guards only the fields below; never held across I/O, so the expiry cannot wait on it for long.
    // An object, not a Lock: the watchdog sleeps in Monitor.Wait on it.
    private readonly object _gate = new();
    private readonly long _startedAt = Environment.TickCount64;
    private TimeSpan _limit;
    private Action<TimeSpan> _expired;
    private bool _cancelled;

    private RunDeadline(TimeSpan limit, Action<TimeSpan> expired)
    {
        _limit = Capped(limit);
        _expired = expired;
        var watchdog = new Thread(Watch)
        {
            IsBackground = true,
            Name = "run deadline",
        };
        watchdog.Start();
    }

    /// <summary>
    /// The timeout is range-checked where it is read (at most 60 s); this cap keeps the watchdog's
    /// wait a valid <see cref="Monitor.Wait(object, int)"/> timeout whatever reaches it
    /// (<c>2147483647</c> ms plus the margins once overflowed it and crashed every render).
    /// </summary>
    public static readonly TimeSpan MaxLimit = TimeSpan.FromMinutes(2);

    /// <summary>The limit now, measured from the start.</summary>
    public TimeSpan Limit
    {
        get
        {
            lock (_gate)
            {
                return _limit;
            }
        }
    }

    /// <summary>Stdin's 1 s, the request timeout, the Keychain's 2 s and a margin; never under 5 s nor over <see cref="MaxLimit"/>.</summary>
    public static TimeSpan For(TimeSpan requestTimeout) =>
        TimeSpan.FromSeconds(Math.Clamp(1 + requestTimeout.TotalSeconds + 2 + 1, 5, MaxLimit.TotalSeconds));

    /// <summary>Arms a watchdog that calls <paramref name="expired"/> with the limit that passed.</summary>
    public static RunDeadline Start(TimeSpan limit, Action<TimeSpan> expired) => new(limit, expired);

    /// <summary>A new limit (still measured from the start) and, if given, a new expiry action.</summary>
    public void Change(TimeSpan limit, Action<TimeSpan>? expired = null)
    {
        lock (_gate)
        {
            _limit = Capped(limit);
            _expired = expired ?? _expired;
            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>Stops the watchdog.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _cancelled = true;
            Monitor.PulseAll(_gate);
        }
    }

    private static TimeSpan Capped(TimeSpan limit) => limit > MaxLimit ? MaxLimit : limit < TimeSpan.Zero ? TimeSpan.Zero : limit;

    private void Watch()
    {
        Action<TimeSpan> expired;
        TimeSpan limit;
        lock (_gate)
        {
            while (true)
            {
                if (_cancelled)
                {
                    return;
                }

                var left = _startedAt + (long)_limit.TotalMilliseconds - Environment.TickCount64;
                if (left <= 0)
                {
                    break;
                }

                Monitor.Wait(_gate, (int)left);
            }

            expired = _expired;
            limit = _limit;
        }

        expired(limit);
    }
}
