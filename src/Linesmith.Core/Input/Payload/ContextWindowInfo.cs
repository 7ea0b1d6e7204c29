using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>context_window</c>: the percentages are null before the first API response and have been
/// seen above 100 (clamped when shown).
/// </summary>
internal sealed record ContextWindowInfo
{
    public double? ContextWindowSize { get; set; }

    public double? TotalInputTokens { get; set; }

    public double? TotalOutputTokens { get; set; }

    public double? UsedPercentage { get; set; }

    public double? RemainingPercentage { get; set; }

    [JsonConverter(typeof(LenientCurrentUsage))]
    public CurrentUsageInfo? CurrentUsage { get; set; }
}
