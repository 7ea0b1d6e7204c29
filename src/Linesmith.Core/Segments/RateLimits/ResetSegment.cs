namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>rate_limit_5h_reset</c> and <c>rate_limit_7d_reset</c> (docs/spec/rate-limit-segments.md): the time until the
/// window resets. Stdin's <c>resets_at</c> first (the cascade is then never asked), else the endpoint
/// bucket's; the 5-hour JSONL block's end with the stale marker; the 7-day JSONL window is rolling
/// and always hides. A missing or past reset hides. Endpoint data older than <c>stale_after</c>
/// carries the stale marker.
/// </summary>
internal sealed class ResetSegment(RateWindow window, SegmentLabel prefix, ResetDisplay display) : ISegment
{
    private readonly RateWindow _window = window;
    private readonly SegmentLabel _prefix = prefix;
    private readonly ResetDisplay _display = display;

    public SegmentOutput? Render(SegmentContext context) => UsageLadder.Render(
        context,
        _window.FromStdin(context.Payload) is { ResetsAt: not null } fromStdin ? fromStdin : null,
        stdin => _display.Render(_prefix.For(stale: false), stdin.ResetsAt!.Value, context, _window.Length),
        _prefix.ErrorPrefix(_prefix.Label),
        jsonl => _window.JsonlResetsAt(jsonl) is { } blockEnd
            ? _display.Render(_prefix.For(stale: true), blockEnd, context, _window.Length)
            : null,
        (data, stale) => _window.Bucket(data)?.ResetsAt is { } resetsAt
            ? _display.Render(_prefix.For(stale), resetsAt, context, _window.Length)
            : null);
}
