using System.Globalization;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The short name of a time zone at an instant (<c>PDT</c>, <c>JST</c>) for absolute reset times
/// (docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 66). With InvariantGlobalization, .NET on Unix fills
/// <see cref="TimeZoneInfo.StandardName"/> and <see cref="TimeZoneInfo.DaylightName"/> with the
/// abbreviations of the zone's TZif file (checked trimmed under NativeAOT too); where a name is not
/// an abbreviation (UTC reads "Coordinated Universal Time", Windows gives long names) the offset is
/// shown instead: <c>UTC</c> or <c>UTC+09:00</c>.
/// </summary>
internal static class ZoneAbbreviation
{
    /// <summary>TZif abbreviations are 3 to 6 characters (<c>PST</c>, <c>+0530</c>); longer names are descriptions.</summary>
    private const int MaxAbbreviationLength = 6;

    public static string At(TimeZoneInfo zone, DateTimeOffset instant)
    {
        var name = zone.IsDaylightSavingTime(instant) ? zone.DaylightName : zone.StandardName;
        return IsAbbreviation(name) ? name : OffsetName(zone.GetUtcOffset(instant));
    }

    public static string OffsetName(TimeSpan offset)
    {
        if (offset == TimeSpan.Zero)
        {
            return "UTC";
        }

        var sign = offset < TimeSpan.Zero ? '-' : '+';
        var magnitude = offset.Duration();
        return string.Create(CultureInfo.InvariantCulture, $"UTC{sign}{magnitude.Hours:00}:{magnitude.Minutes:00}");
    }

    private static bool IsAbbreviation(string name)
    {
        if (name.Length is < 2 or > MaxAbbreviationLength)
        {
            return false;
        }

        foreach (var character in name)
        {
            if (!char.IsAsciiLetterOrDigit(character) && character is not '+' and not '-')
            {
                return false;
            }
        }

        return true;
    }
}
