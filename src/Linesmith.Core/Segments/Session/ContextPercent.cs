using Linesmith.Input.Payload;

namespace Linesmith.Segments.Session;

/// <summary>The used share of the context window, 0..100, or null before the first response.</summary>
internal static class ContextPercent
{
    public static double? Of(StatusPayload payload)
    {
        var window = payload.ContextWindow;
        var used = window?.UsedPercentage ?? (window?.RemainingPercentage is { } remaining ? 100 - remaining : null);
        return used is { } value ? Math.Clamp(value, 0, 100) : null;
    }
}
