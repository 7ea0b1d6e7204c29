using System.Globalization;
using Linesmith.Rendering;

namespace Linesmith.Segments.Custom;

/// <summary>
/// The custom command's text with its colours kept (<c>colors = true</c>): SGR sequences
/// (<c>ESC [ … m</c>) become runs with the theme's roles for their colour (red critical, green success,
/// yellow warning, blue primary, magenta accent, cyan info, white, default and reset the segment's own role;
/// 1 bold, 2 dim), so that the line keeps one palette and the writer writes only its own colours.
/// Every other byte sequence is left in the text for the sanitiser, which removes it
/// (README.md "Nothing from outside reaches the terminal raw").
/// </summary>
internal static class SgrRuns
{
    private const char Escape = '\u001B';

    public static List<TextRun> Parse(string text, StyleRole role)
    {
        var runs = new List<TextRun>();
        var (current, bold, dim) = (role, false, false);
        var start = 0;
        var index = 0;
        while (index < text.Length)
        {
            if (text[index] != Escape || index + 1 >= text.Length || text[index + 1] != '[' || SgrEnd(text, index + 2) is not { } end)
            {
                index++;
                continue;
            }

            Add(runs, text[start..index], current, bold, dim);
            foreach (var code in text[(index + 2)..end].Split(';'))
            {
                (current, bold, dim) = Apply(code, current, bold, dim, role);
            }

            index = end + 1;
            start = index;
        }

        Add(runs, text[start..], current, bold, dim);
        return runs;
    }

    /// <summary>The index of the <c>m</c> that ends an SGR sequence of digits and <c>;</c>, or null when it is not one.</summary>
    private static int? SgrEnd(string text, int from)
    {
        for (var i = from; i < text.Length && i - from < 64; i++)
        {
            if (text[i] == 'm')
            {
                return i;
            }

            if (!char.IsAsciiDigit(text[i]) && text[i] != ';')
            {
                return null;
            }
        }

        return null;
    }

    private static (StyleRole Role, bool Bold, bool Dim) Apply(string code, StyleRole current, bool bold, bool dim, StyleRole own)
    {
        if (!int.TryParse(code.Length == 0 ? "0" : code, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return (current, bold, dim);
        }

        return value switch
        {
            0 => (own, false, false),
            1 => (current, true, dim),
            2 => (current, bold, true),
            22 => (current, false, false),
            31 or 91 => (StyleRole.Critical, bold, dim),
            32 or 92 => (StyleRole.Success, bold, dim),
            33 or 93 => (StyleRole.Warning, bold, dim),
            34 or 94 => (StyleRole.Primary, bold, dim),
            35 or 95 => (StyleRole.Accent, bold, dim),
            36 or 96 => (StyleRole.Info, bold, dim),
            30 or 90 => (StyleRole.Muted, bold, dim),
            37 or 97 or 39 => (own, bold, dim),
            _ => (current, bold, dim),
        };
    }

    private static void Add(List<TextRun> runs, string text, StyleRole role, bool bold, bool dim)
    {
        if (text.Length > 0)
        {
            runs.Add(new TextRun(text, role, Dim: dim, Bold: bold));
        }
    }
}
