namespace Linesmith.Segments.RateLimits;

/// <summary>The clock of an absolute reset time: <c>24h</c> (<c>19:00 PDT</c>) or <c>12h</c> (<c>7:30 AM PDT</c>).</summary>
internal enum HourFormat
{
    TwentyFour,
    Twelve,
}
