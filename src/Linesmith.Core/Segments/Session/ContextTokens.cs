using Linesmith.Input.Payload;

namespace Linesmith.Segments.Session;

/// <summary>
/// Token counts of the context window from the payload (docs/spec/statusline-contract.md#payload-fields):
/// its size, and the tokens the context holds now. The tokens held are the last request's input
/// (<c>current_usage</c>: input, cache writes and cache reads; Claude Code's own <c>used_percentage</c> is
/// that share of the size: 8,055 of 1,000,000 reads 1 in payload-2 of the 2.1.332 captures), else
/// <c>used_percentage</c> of the size.
/// </summary>
internal static class ContextTokens
{
    /// <summary>No context window is larger: a bigger value is not a window size (the 2.1.332 captures send 1,000,000).</summary>
    private const double MaxWindow = 1e9;

    public static ulong? WindowSize(StatusPayload payload) =>
        payload.ContextWindow?.ContextWindowSize is { } size && size >= 1 && size <= MaxWindow ? (ulong)size : null;

    /// <summary>The tokens in the context now, at most the window size; null when the payload says nothing of them.</summary>
    public static ulong? Used(StatusPayload payload)
    {
        if (WindowSize(payload) is not { } size)
        {
            return null;
        }

        var usage = payload.ContextWindow?.CurrentUsage;
        if (usage is not null && (usage.InputTokens ?? usage.CacheCreationInputTokens ?? usage.CacheReadInputTokens) is not null)
        {
            var held = NonNegative(usage.InputTokens) + NonNegative(usage.CacheCreationInputTokens) + NonNegative(usage.CacheReadInputTokens);
            return (ulong)Math.Min(held, size);
        }

        return ContextPercent.Of(payload) is { } percent ? (ulong)Math.Round(percent * size / 100) : null;
    }

    private static double NonNegative(double? value) => value is { } v && v > 0 && v <= MaxWindow ? v : 0;
}
