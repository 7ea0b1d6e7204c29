namespace Linesmith.Segments.RateLimits;

/// <summary>How a percent segment shows its value (usage-cache.md §7).</summary>
internal enum PercentFormat
{
    Percent,
    Progress,
}
