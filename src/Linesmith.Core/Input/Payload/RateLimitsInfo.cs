using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>rate_limits</c> (Claude Code 2.1.80+, Pro/Max only): each window may be missing on its own,
/// and both are missing until the session's first API response.
/// </summary>
internal sealed record RateLimitsInfo
{
    [JsonConverter(typeof(LenientRateWindow))]
    public RateWindowInfo? FiveHour { get; set; }

    [JsonConverter(typeof(LenientRateWindow))]
    public RateWindowInfo? SevenDay { get; set; }

    [JsonConverter(typeof(LenientSpendLimit))]
    public SpendLimitInfo? SpendLimit { get; set; }
}
