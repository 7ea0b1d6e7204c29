using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>tokens_input</c>, <c>tokens_output</c>, <c>tokens_cached</c>, <c>tokens_total</c>: the current
/// context's tokens as compact counts (<c>in: 12.3k</c>); hidden when Claude Code sends none.
/// </summary>
internal sealed class TokensSegment(string id, string defaultLabel, Func<StatusPayload, double?> count, SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, defaultLabel);

    public string Id => id;

    public int DefaultPriority => 88;

    public static IReadOnlyList<(string Id, SegmentFactory Create)> All { get; } =
    [
        ("tokens_input", settings => new TokensSegment("tokens_input", "in", Input, settings)),
        ("tokens_output", settings => new TokensSegment("tokens_output", "out", Output, settings)),
        ("tokens_cached", settings => new TokensSegment("tokens_cached", "cached", Cached, settings)),
        ("tokens_total", settings => new TokensSegment("tokens_total", "tokens", Total, settings)),
    ];

    public SegmentOutput? Render(SegmentContext context) =>
        count(context.Payload) is { } value && value >= 0
            ? _label.Output(CompactTokens.Format((ulong)Math.Min(value, ulong.MaxValue)), StyleRole.Muted)
            : null;

    private static double? Input(StatusPayload payload) =>
        payload.ContextWindow?.TotalInputTokens ?? payload.ContextWindow?.CurrentUsage?.InputTokens;

    private static double? Output(StatusPayload payload) =>
        payload.ContextWindow?.TotalOutputTokens ?? payload.ContextWindow?.CurrentUsage?.OutputTokens;

    private static double? Cached(StatusPayload payload)
    {
        var usage = payload.ContextWindow?.CurrentUsage;
        return usage?.CacheReadInputTokens is null && usage?.CacheCreationInputTokens is null
            ? null
            : (usage.CacheReadInputTokens ?? 0) + (usage.CacheCreationInputTokens ?? 0);
    }

    private static double? Total(StatusPayload payload)
    {
        var (input, output) = (Input(payload), Output(payload));
        return input is null && output is null ? null : (input ?? 0) + (output ?? 0);
    }
}
