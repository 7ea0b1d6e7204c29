using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>tokens_input</c>, <c>tokens_output</c>, <c>tokens_cached</c>, <c>tokens_total</c>: the current
/// context's tokens as compact counts (<c>in: 12.3k</c>); hidden when Claude Code sends none.
/// Its only keys are <c>label</c> and <c>icon</c> (<see cref="LabelOptions"/>).
/// </summary>
internal sealed class TokensSegment(SegmentLabel label, Func<StatusPayload, double?> count) : ISegment
{
    public SegmentOutput? Render(SegmentContext context) =>
        count(context.Payload) is { } value && value >= 0
            ? label.Output(CompactTokens.Format((ulong)Math.Min(value, ulong.MaxValue)), StyleRole.Muted)
            : null;

    public static double? Input(StatusPayload payload) =>
        payload.ContextWindow?.TotalInputTokens ?? payload.ContextWindow?.CurrentUsage?.InputTokens;

    public static double? Output(StatusPayload payload) =>
        payload.ContextWindow?.TotalOutputTokens ?? payload.ContextWindow?.CurrentUsage?.OutputTokens;

    public static double? Cached(StatusPayload payload)
    {
        var usage = payload.ContextWindow?.CurrentUsage;
        return usage?.CacheReadInputTokens is null && usage?.CacheCreationInputTokens is null
            ? null
            : (usage.CacheReadInputTokens ?? 0) + (usage.CacheCreationInputTokens ?? 0);
    }

    public static double? Total(StatusPayload payload)
    {
        var (input, output) = (Input(payload), Output(payload));
        return input is null && output is null ? null : (input ?? 0) + (output ?? 0);
    }
}
