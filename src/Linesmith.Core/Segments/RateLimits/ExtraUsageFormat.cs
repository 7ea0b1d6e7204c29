namespace Linesmith.Segments.RateLimits;

/// <summary>How <c>extra_usage</c> shows overage credits (usage-cache.md §7).</summary>
internal enum ExtraUsageFormat
{
    Currency,
    Percent,
}
