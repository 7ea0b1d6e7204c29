namespace Linesmith.Segments.RateLimits;

/// <summary>How <c>extra_usage</c> shows overage credits (docs/spec/rate-limit-segments.md).</summary>
internal enum ExtraUsageFormat
{
    Currency,
    Percent,
}
