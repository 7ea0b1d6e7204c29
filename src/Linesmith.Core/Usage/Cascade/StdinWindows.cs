using Linesmith.Usage.Model;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// <c>rate_limits.five_hour</c> / <c>.seven_day</c> from Claude Code's stdin payload (2.1.80 and later,
/// docs/spec/decisions.md#d2-stdin-first), already converted to buckets; either may be missing.
/// </summary>
internal sealed record StdinWindows(UsageBucket? FiveHour, UsageBucket? SevenDay)
{
    /// <summary>
    /// One stdin window as a bucket: <c>used_percentage</c> clamped to 0..100 like the endpoint's
    /// utilization (docs/spec/usage-endpoint.md#response), <c>resets_at</c> in Unix seconds.
    /// </summary>
    public static UsageBucket Bucket(double usedPercentage, long? resetsAtUnixSeconds) => new(
        double.IsNaN(usedPercentage) ? 0f : (float)Math.Clamp(usedPercentage, 0, 100),
        resetsAtUnixSeconds is { } seconds ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null);

    /// <summary>True when stdin alone answers <paramref name="needs"/>: no cache read, no endpoint.</summary>
    public bool Covers(UsageNeeds needs) =>
        (needs & (UsageNeeds.ExtraUsage | UsageNeeds.ModelLimits)) == 0
        && (!needs.HasFlag(UsageNeeds.FiveHour) || FiveHour is not null)
        && (!needs.HasFlag(UsageNeeds.SevenDay) || SevenDay is not null);
}
