using System.Text;

namespace Linesmith.Rendering;

/// <summary>
/// How many terminal cells a text takes. East Asian wide and emoji characters take 2, combining
/// marks and zero-width characters 0, everything else 1: enough to keep a line within COLUMNS
/// without a full Unicode width table.
/// </summary>
internal static class CellWidth
{
    /// <summary>The cells of all <paramref name="runs"/> together.</summary>
    public static int Of(IReadOnlyList<TextRun> runs)
    {
        var width = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            width += Of(runs[i].Text);
        }

        return width;
    }

    public static int Of(string text)
    {
        var width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static int Of(Rune rune)
    {
        var value = rune.Value;
        if (value == 0x200B || value == 0x200D || value is >= 0xFE00 and <= 0xFE0F)
        {
            return 0;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(value) ? 2 : 1;
    }

    private static bool IsWide(int value) =>
        value is >= 0x1100 and <= 0x115F
            or >= 0x2E80 and <= 0x303E
            or >= 0x3041 and <= 0x33FF
            or >= 0x3400 and <= 0x4DBF
            or >= 0x4E00 and <= 0x9FFF
            or >= 0xA000 and <= 0xA4CF
            or >= 0xAC00 and <= 0xD7A3
            or >= 0xF900 and <= 0xFAFF
            or >= 0xFE30 and <= 0xFE4F
            or >= 0xFF00 and <= 0xFF60
            or >= 0xFFE0 and <= 0xFFE6
            or >= 0x1F300 and <= 0x1F64F
            or >= 0x1F900 and <= 0x1F9FF
            or >= 0x20000 and <= 0x3FFFD;
}
