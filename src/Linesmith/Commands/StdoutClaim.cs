namespace Linesmith.Commands;

/// <summary>
/// Who writes a render's stdout: its line or the watchdog's hint, never both. One claim per render,
/// made before the watchdog is armed and shared with it; the first to take it writes.
/// </summary>
internal sealed class StdoutClaim
{
    private int _taken;

    public bool TryTake() => Interlocked.Exchange(ref _taken, 1) == 0;
}
