namespace Linesmith.Editor;

/// <summary>
/// Lets Terminal.Gui's main loop sleep while nothing happens. Its loop never blocks: it runs 25
/// iterations a second (<c>Application.MaximumIterationsPerSecond</c>) and its input thread polls
/// stdin every 20 ms, which kept an editor left open at 2–10 % of a core (bench/editor/idle). The
/// loop's <c>Iteration</c> event calls <see cref="Pause"/>: for a second after anything happened
/// (a key, a resize, a signal; <see cref="Wake"/>) the loop runs at its own pace, so that escape
/// sequences are completed, layouts settle and the preview is drawn; after that it waits for the
/// next wake, at most <see cref="IdleWait"/>, so that what the toolkit checks by polling (the
/// terminal's size) is still seen.
/// </summary>
internal sealed class IdleGate : IDisposable
{
    /// <summary>How long the loop runs freely after a wake.</summary>
    public static readonly TimeSpan Busy = TimeSpan.FromSeconds(1);

    /// <summary>The longest sleep while idle: one iteration a second costs nothing measurable.</summary>
    public static readonly TimeSpan IdleWait = TimeSpan.FromSeconds(1);

    private readonly AutoResetEvent _wake = new(false);
    private long _busyUntil = Environment.TickCount64 + (long)Busy.TotalMilliseconds;

    /// <summary>Something happened (any thread): the loop runs freely for <see cref="Busy"/>.</summary>
    public void Wake()
    {
        Volatile.Write(ref _busyUntil, Environment.TickCount64 + (long)Busy.TotalMilliseconds);
        _wake.Set();
    }

    /// <summary>On the main loop's thread, at the start of an iteration: returns at once while busy, else after the next wake or <see cref="IdleWait"/>.</summary>
    public void Pause()
    {
        if (Environment.TickCount64 < Volatile.Read(ref _busyUntil))
        {
            return;
        }

        _wake.WaitOne(IdleWait);
    }

    public void Dispose() => _wake.Dispose();
}
