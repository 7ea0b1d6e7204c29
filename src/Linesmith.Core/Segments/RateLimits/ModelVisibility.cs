namespace Linesmith.Segments.RateLimits;

/// <summary>Which per-model weekly limit <c>rate_limit_7d_model</c> shows (ADR-0030, usage-cache.md §7).</summary>
internal enum ModelVisibility
{
    Smart,
    Always,
}
