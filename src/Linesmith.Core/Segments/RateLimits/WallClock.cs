using System.Globalization;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The <c>absolute</c> reset format (docs/spec/rate-limit-segments.md): the reset's wall-clock time in a zone with
/// its abbreviation, <c>19:00 PDT</c> (24 h) or <c>7:30 AM PDT</c> (12 h, no leading zero). Only
/// the en / en-US locale exists, so the text is fixed.
/// </summary>
internal static class WallClock
{
    public static string Format(DateTimeOffset instant, TimeZoneInfo zone, HourFormat hourFormat)
    {
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        var abbreviation = ZoneAbbreviation.At(zone, instant);
        if (hourFormat == HourFormat.TwentyFour)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{local.Hour:00}:{local.Minute:00} {abbreviation}");
        }

        var hour = local.Hour % 12 == 0 ? 12 : local.Hour % 12;
        var meridiem = local.Hour < 12 ? "AM" : "PM";
        return string.Create(CultureInfo.InvariantCulture, $"{hour}:{local.Minute:00} {meridiem} {abbreviation}");
    }
}
