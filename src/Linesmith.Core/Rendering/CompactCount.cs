using System.Globalization;

namespace Linesmith.Rendering;

/// <summary>
/// Token counts in a few characters (usage-cache.md §7): under 1000 as they are; then k, M, G with
/// one decimal while under 10 units (<c>5.4k</c>, <c>10.0k</c> for 9999) and a truncated integer
/// above (<c>420k</c>, <c>999k</c> for 999,999).
/// </summary>
internal static class CompactCount
{
    public static string Format(ulong count)
    {
        if (count < 1000)
        {
            return count.ToString(CultureInfo.InvariantCulture);
        }

        var (unit, suffix) = count switch
        {
            < 1_000_000 => (1_000d, "k"),
            < 1_000_000_000 => (1_000_000d, "M"),
            _ => (1_000_000_000d, "G"),
        };
        var value = count / unit;
        if (value < 10)
        {
            // One decimal, rounded: 9999 → 10.0k. Above 10, digits are truncated: 999,999 → 999k.
            return Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + suffix;
        }

        return Math.Floor(value).ToString("0", CultureInfo.InvariantCulture) + suffix;
    }
}
