namespace Linesmith.Segments.RateLimits;

/// <summary>How a percent segment shows its value (docs/spec/rate-limit-segments.md).</summary>
internal enum PercentFormat
{
    Percent,
    Progress,
}
