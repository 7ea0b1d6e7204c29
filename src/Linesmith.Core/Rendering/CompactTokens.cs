using System.Globalization;

namespace Linesmith.Rendering;

/// <summary>
/// Token counts in a few cells (docs/spec/rate-limit-segments.md "Compact tokens", docs/spec/edge-cases.md item 62): below 1000 the bare
/// integer; then <c>k</c>, <c>M</c>, <c>G</c>, with one decimal while under 10 units (<c>5.4k</c>,
/// <c>10.0k</c> for 9999) and the truncated integer above (<c>420k</c>, <c>999k</c> for 999,999).
/// </summary>
internal static class CompactTokens
{
    private const ulong Thousand = 1_000;
    private const ulong Million = 1_000_000;
    private const ulong Billion = 1_000_000_000;

    public static string Format(ulong tokens) => tokens switch
    {
        < Thousand => tokens.ToString(CultureInfo.InvariantCulture),
        < Million => InUnit(tokens, Thousand, 'k'),
        < Billion => InUnit(tokens, Million, 'M'),
        _ => InUnit(tokens, Billion, 'G'),
    };

    private static string InUnit(ulong tokens, ulong unit, char suffix)
    {
        var whole = tokens / unit;
        return whole < 10
            ? string.Create(CultureInfo.InvariantCulture, $"{(double)tokens / unit:F1}{suffix}")
            : string.Create(CultureInfo.InvariantCulture, $"{whole}{suffix}");
    }
}
