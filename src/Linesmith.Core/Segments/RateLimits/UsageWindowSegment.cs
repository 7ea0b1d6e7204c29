using Linesmith.Rendering;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>rate_limit_5h</c> and <c>rate_limit_7d</c> (docs/spec/rate-limit-segments.md): the window's utilization.
/// Stdin's <c>rate_limits</c> comes first and, when it carries the window, the usage cascade is never
/// asked (docs/spec/decisions.md#d2-stdin-first); otherwise the endpoint bucket (null → hidden), the JSONL token estimate
/// with the stale marker (<c>~5h: 420k</c>; no active block → hidden), or the error text. A window
/// past its reset shows 0 (<see cref="WindowReset"/>); endpoint data older than <c>stale_after</c>
/// carries the stale marker.
/// </summary>
internal sealed class UsageWindowSegment(RateWindow window, SegmentLabel prefix, PercentDisplay display) : ISegment
{
    private readonly RateWindow _window = window;
    private readonly SegmentLabel _prefix = prefix;
    private readonly PercentDisplay _display = display;

    public SegmentOutput? Render(SegmentContext context)
    {
        var now = context.Clock.GetUtcNow();
        var stdin = _window.FromStdin(context.Payload) is { UsedPercentage: { } used } fromStdin && !double.IsNaN(used) ? fromStdin : null;
        return UsageLadder.Render(
            context,
            stdin,
            // Stdin has been seen above 100; the bar and the inverted value need 0..100.
            current => _display.Render(_prefix.For(stale: false), WindowReset.Current(Math.Clamp(current.UsedPercentage ?? 0, 0, 100), current.ResetsAt, now)),
            _prefix.ErrorPrefix(_prefix.Label),
            // JSONL counts tokens, not a share of a limit: no invert, no bar, no threshold colour (docs/spec/rate-limit-segments.md).
            jsonl => _window.JsonlTokens(jsonl) is { } tokens
                ? SegmentOutput.Of(_prefix.For(stale: true) + CompactTokens.Format(tokens), StyleRole.Info)
                : null,
            (data, stale) => _window.Bucket(data) is { } bucket
                ? _display.Render(_prefix.For(stale), WindowReset.Current(Math.Clamp(bucket.Utilization, 0, 100), bucket.ResetsAt, now))
                : null);
    }
}
