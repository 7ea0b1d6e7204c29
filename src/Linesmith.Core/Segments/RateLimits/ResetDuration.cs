using System.Globalization;
using System.Runtime.CompilerServices;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The time until a reset, <c>duration</c> format (docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 63): whole minutes
/// (<c>&lt;1m</c> under one), <c>4hr 37m</c> / <c>3hr</c> / <c>45m</c>; from 24 h on, with
/// <c>use_days</c>, days and hours with the minutes dropped (<c>1d 3hr</c>, <c>1d</c>).
/// <c>compact</c> gives <c>4h37m</c>, <c>1d3h</c>.
/// </summary>
internal static class ResetDuration
{
    /// <summary>Days are capped so a hostile or corrupt <c>resets_at</c> cannot widen the segment without bound.</summary>
    public const long MaxDays = 9999;

    private const long MinutesPerHour = 60;
    private const long MinutesPerDay = 24 * MinutesPerHour;

    public static string Format(TimeSpan remaining, bool compact, bool useDays)
    {
        var minutes = (long)Math.Floor(remaining.TotalSeconds / 60);
        if (minutes <= 0)
        {
            return "<1m";
        }

        var hourUnit = compact ? "h" : "hr";
        var separator = compact ? string.Empty : " ";
        if (useDays && minutes >= MinutesPerDay)
        {
            var days = Math.Min(minutes / MinutesPerDay, MaxDays);
            var hoursOfDay = minutes % MinutesPerDay / MinutesPerHour;
            return hoursOfDay == 0
                ? Invariant($"{days}d")
                : Invariant($"{days}d{separator}{hoursOfDay}{hourUnit}");
        }

        var hours = minutes / MinutesPerHour;
        var minutesOfHour = minutes % MinutesPerHour;
        if (hours == 0)
        {
            return Invariant($"{minutesOfHour}m");
        }

        return minutesOfHour == 0
            ? Invariant($"{hours}{hourUnit}")
            : Invariant($"{hours}{hourUnit}{separator}{minutesOfHour}m");
    }

    private static string Invariant(ref DefaultInterpolatedStringHandler text) =>
        string.Create(CultureInfo.InvariantCulture, ref text);
}
