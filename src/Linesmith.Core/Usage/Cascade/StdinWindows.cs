using Linesmith.Usage.Model;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// <c>rate_limits.five_hour</c> / <c>.seven_day</c> from Claude Code's stdin payload (2.1.80 and later,
/// "Our decisions" 2), already converted to buckets; either may be missing.
/// </summary>
internal sealed record StdinWindows(UsageBucket? FiveHour, UsageBucket? SevenDay)
{
    /// <summary>True when stdin alone answers <paramref name="needs"/>: no cache read, no endpoint.</summary>
    public bool Covers(UsageNeeds needs) =>
        (needs & (UsageNeeds.ExtraUsage | UsageNeeds.ModelLimits)) == 0
        && (!needs.HasFlag(UsageNeeds.FiveHour) || FiveHour is not null)
        && (!needs.HasFlag(UsageNeeds.SevenDay) || SevenDay is not null);
}
