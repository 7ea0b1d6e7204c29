using System.Globalization;

namespace Linesmith.Segments.RateLimits;

/// <summary>A percentage with one decimal, <c>22.0%</c> (docs/spec/rate-limit-segments.md: code and tests say one decimal).</summary>
internal static class PercentText
{
    public static string Format(double percent) =>
        string.Create(CultureInfo.InvariantCulture, $"{percent:F1}%");
}
