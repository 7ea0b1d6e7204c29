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
internal sealed class UsageWindowSegment(string id, int priority, RateWindow window, SegmentPrefix prefix, PercentDisplay display) : ISegment
{
    private readonly RateWindow _window = window;
    private readonly SegmentPrefix _prefix = prefix;
    private readonly PercentDisplay _display = display;

    public string Id { get; } = id;

    public int DefaultPriority { get; } = priority;

    public SegmentOutput? Render(SegmentContext context)
    {
        var now = context.Clock.GetUtcNow();
        if (_window.FromStdin(context.Payload) is { UsedPercentage: { } used } stdin && !double.IsNaN(used))
        {
            // Stdin has been seen above 100; the bar and the inverted value need 0..100.
            return _display.Render(_prefix.For(stale: false), WindowReset.Current(Math.Clamp(used, 0, 100), stdin.ResetsAt, now));
        }

        var usage = context.Usage;
        if (usage.ErrorText is { } error)
        {
            return SegmentOutput.Of(_prefix.Error(error, _prefix.Label), StyleRole.Muted);
        }

        if (usage.Jsonl is { } jsonl)
        {
            // JSONL counts tokens, not a share of a limit: no invert, no bar, no threshold colour (docs/spec/rate-limit-segments.md).
            return _window.JsonlTokens(jsonl) is { } tokens
                ? SegmentOutput.Of(_prefix.For(stale: true) + CompactTokens.Format(tokens), StyleRole.Info)
                : null;
        }

        return usage.Data is { } data && _window.Bucket(data) is { } bucket
            ? _display.Render(_prefix.For(usage.Stale), WindowReset.Current(Math.Clamp(bucket.Utilization, 0, 100), bucket.ResetsAt, now))
            : null;
    }
}
