namespace Linesmith.Segments.RateLimits;

/// <summary>How a reset segment shows the time until the reset (docs/spec/rate-limit-segments.md).</summary>
internal enum ResetFormat
{
    Duration,
    Absolute,
    Progress,
}
