using System.Globalization;
using Linesmith.Rendering;

namespace Linesmith.Editing;

/// <summary>One stretch of a rendered line with its colour and weight, as the terminal would show it.</summary>
internal sealed record StyledSpan(string Text, Rgb? Color, bool Bold, bool Dim);

/// <summary>
/// Reads back what <see cref="AnsiWriter"/> wrote at 24-bit depth (<c>ESC [ codes m</c> with <c>1</c>,
/// <c>2</c>, <c>38;2;r;g;b</c> and <c>0</c>) into spans, so that the editor can draw the real render's
/// output inside its own screen, where escape sequences cannot be printed as they are. Any other
/// escape sequence is dropped with its parameters; the text is never changed.
/// </summary>
internal static class StyledText
{
    public static IReadOnlyList<StyledSpan> Parse(string line)
    {
        var spans = new List<StyledSpan>();
        Rgb? color = null;
        bool bold = false, dim = false;
        var start = 0;
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] != '\u001B')
            {
                i++;
                continue;
            }

            Flush(i);
            var end = SequenceEnd(line, i);
            if (i + 1 < line.Length && line[i + 1] == '[' && line[end - 1] == 'm')
            {
                Apply(line[(i + 2)..(end - 1)], ref color, ref bold, ref dim);
            }

            i = end;
            start = i;
        }

        Flush(line.Length);
        return spans;

        void Flush(int at)
        {
            if (at > start)
            {
                spans.Add(new StyledSpan(line[start..at], color, bold, dim));
            }
        }
    }

    private static void Apply(string codes, ref Rgb? color, ref bool bold, ref bool dim)
    {
        var parts = codes.Length == 0 ? ["0"] : codes.Split(';');
        for (var k = 0; k < parts.Length; k++)
        {
            switch (parts[k])
            {
                case "0":
                    (color, bold, dim) = (null, false, false);
                    break;
                case "1":
                    bold = true;
                    break;
                case "2":
                    dim = true;
                    break;
                case "38" when k + 4 < parts.Length && parts[k + 1] == "2":
                    color = new Rgb(Byte(parts[k + 2]), Byte(parts[k + 3]), Byte(parts[k + 4]));
                    k += 4;
                    break;
            }
        }
    }

    private static byte Byte(string text) => byte.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : (byte)0;

    /// <summary>Just past the sequence at <paramref name="start"/>: CSI up to its final byte, OSC up to ST or BEL, else the two-character escape.</summary>
    private static int SequenceEnd(string line, int start)
    {
        if (start + 1 >= line.Length)
        {
            return line.Length;
        }

        if (line[start + 1] == '[')
        {
            for (var j = start + 2; j < line.Length; j++)
            {
                if (line[j] is >= '@' and <= '~')
                {
                    return j + 1;
                }
            }

            return line.Length;
        }

        if (line[start + 1] == ']')
        {
            for (var j = start + 2; j < line.Length; j++)
            {
                if (line[j] == '\u0007')
                {
                    return j + 1;
                }

                if (line[j] == '\u001B' && j + 1 < line.Length && line[j + 1] == '\\')
                {
                    return j + 2;
                }
            }

            return line.Length;
        }

        return start + 2;
    }
}
