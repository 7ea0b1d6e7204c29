using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>context_window</c>: the percentages are null before the first API response and have been
/// seen above 100 (clamped when shown).
/// </summary>
internal sealed record ContextWindowInfo
{
    public double? ContextWindowSize { get; init; }

    public double? TotalInputTokens { get; init; }

    public double? TotalOutputTokens { get; init; }

    public double? UsedPercentage { get; init; }

    public double? RemainingPercentage { get; init; }

    [JsonConverter(typeof(LenientCurrentUsage))]
    public CurrentUsageInfo? CurrentUsage { get; init; }
}
