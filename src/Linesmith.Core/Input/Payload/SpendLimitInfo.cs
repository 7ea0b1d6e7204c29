using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>rate_limits.spend_limit</c>: the spending cap of a gateway user (in Claude Code's code, not sent to
/// subscribers or API-key users): dollars spent and allowed in the <c>period</c>, the used share and
/// when it resets.
/// </summary>
internal sealed record SpendLimitInfo
{
    public double? UsedPercentage { get; set; }

    [JsonConverter(typeof(EpochOrRfc3339Converter))]
    public DateTimeOffset? ResetsAt { get; set; }

    public double? UsedUsd { get; set; }

    public double? LimitUsd { get; set; }

    public string? Period { get; set; }
}
