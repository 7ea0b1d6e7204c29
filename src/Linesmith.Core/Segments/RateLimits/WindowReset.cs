namespace Linesmith.Segments.RateLimits;

/// <summary>
/// A window whose <c>resets_at</c> has passed has reset (docs/spec/decisions.md#d9-a-window-past-its-resets_at-is-reset): its last percentage belongs to
/// the window that ended, so it is shown as 0, the value of a window nothing has used yet, whatever
/// the source (stdin, cache, stale cache). Claude Code itself stops passing a window once its reset
/// is past (docs/spec/statusline-contract.md#invocation), and the Claude app shows such a window at 0% until the next use
/// (reported in gethouston/houston PR #1540); the next fetch brings the new window's real value.
/// A window without a reset time keeps its value: nothing says it ended.
/// </summary>
internal static class WindowReset
{
    public static bool HasReset(DateTimeOffset? resetsAt, DateTimeOffset now) => resetsAt is { } at && at <= now;

    /// <summary><paramref name="utilization"/> while the window is current, 0 once it has reset.</summary>
    public static double Current(double utilization, DateTimeOffset? resetsAt, DateTimeOffset now) =>
        HasReset(resetsAt, now) ? 0 : utilization;
}
