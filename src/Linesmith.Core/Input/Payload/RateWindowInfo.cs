using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>One stdin rate-limit window: <c>used_percentage</c> (0-100, above 100 seen) and <c>resets_at</c> in Unix seconds.</summary>
internal sealed record RateWindowInfo
{
    public double? UsedPercentage { get; set; }

    [JsonConverter(typeof(EpochOrRfc3339Converter))]
    public DateTimeOffset? ResetsAt { get; set; }
}
