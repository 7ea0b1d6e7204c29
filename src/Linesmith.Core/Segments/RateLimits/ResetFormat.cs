namespace Linesmith.Segments.RateLimits;

/// <summary>How a reset segment shows the time until the reset (usage-cache.md §7).</summary>
internal enum ResetFormat
{
    Duration,
    Absolute,
    Progress,
}
