namespace Linesmith.Segments.RateLimits;

/// <summary>Which per-model weekly limit <c>rate_limit_7d_model</c> shows (docs/spec/usage-endpoint.md#response, docs/spec/rate-limit-segments.md).</summary>
internal enum ModelVisibility
{
    Smart,
    Always,
}
