using System.Text;

namespace Linesmith.Text;

/// <summary>
/// Makes outside text safe to print: a path, branch or model name must never move the cursor, change
/// colours, set the window title or hide text (docs/guarantees.md: output is stripped of
/// control characters). Escape sequences are removed whole (CSI, OSC, DCS and two-byte ones), other
/// C0/C1 controls and DEL are dropped, tabs and line breaks become spaces, and bidirectional
/// overrides are dropped so that text cannot display in a different order than it is.
/// </summary>
internal static class TerminalText
{
    public static string Sanitize(string text)
    {
        if (!NeedsWork(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001B')
            {
                i = SkipEscape(text, i);
                continue;
            }

            if (c is '\u009B' or '\u009D' or '\u0090')
            {
                i = SkipString(text, i + 1, c == '\u009B');
                continue;
            }

            if (c is '\t' or '\n' or '\r')
            {
                builder.Append(' ');
            }
            else if (!IsUnsafe(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
        {
            if (c is '\u001B' or '\t' or '\n' or '\r' || IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnsafe(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    // Returns the index of the last character of the escape sequence starting at `start`.
    private static int SkipEscape(string text, int start)
    {
        if (start + 1 >= text.Length)
        {
            return start;
        }

        return text[start + 1] switch
        {
            '[' => SkipString(text, start + 2, csi: true),
            ']' or 'P' or 'X' or '^' or '_' => SkipString(text, start + 2, csi: false),
            _ => start + 1,
        };
    }

    // A CSI sequence ends at its final byte (0x40-0x7E); OSC/DCS-style strings end at BEL or ESC \.
    private static int SkipString(string text, int from, bool csi)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (csi && c is >= '@' and <= '~')
            {
                return i;
            }

            if (!csi && c == '\u0007')
            {
                return i;
            }

            if (!csi && c == '\u001B')
            {
                return i + 1 < text.Length && text[i + 1] == '\\' ? i + 1 : i;
            }
        }

        return text.Length - 1;
    }
}
