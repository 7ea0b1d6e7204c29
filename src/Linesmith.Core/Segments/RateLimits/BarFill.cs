namespace Linesmith.Segments.RateLimits;

/// <summary>How finely a progress-bar cell fills (docs/spec/rate-limit-segments.md <c>fill</c>): whole cells, halves, eighths, or braille dots.</summary>
internal enum BarFill
{
    Whole,
    Half,
    Eighth,
    Braille,
}
