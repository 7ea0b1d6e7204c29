using System.Globalization;
using System.Text;
using Linesmith.Text;

namespace Linesmith.Rendering;

/// <summary>
/// Turns styled runs into the bytes of one status line: each run's text is sanitised, then wrapped
/// in SGR codes for its role's colour at the terminal's depth, dim and bold as asked. With no
/// colour the output is plain text. With <paramref name="links"/> a run that carries a URL
/// <see cref="SafeLink"/> accepts is wrapped in an OSC 8 hyperlink (<c>ESC ] 8 ; ; URL ESC \</c> …
/// <c>ESC ] 8 ; ; ESC \</c>), consecutive runs with the same URL in one; without, or for a refused URL,
/// the text is written alone.
/// </summary>
internal sealed class AnsiWriter(Theme theme, ColorDepth depth, bool links = false)
{
    private const string Reset = "\u001B[0m";
    private const string LinkStart = "\u001B]8;;";
    private const string LinkEnd = "\u001B\\";

    public string Write(IEnumerable<TextRun> runs)
    {
        var builder = new StringBuilder(256);
        string? openLink = null;
        foreach (var run in runs)
        {
            var text = TerminalText.Sanitize(run.Text);
            if (text.Length == 0)
            {
                continue;
            }

            var link = links ? SafeLink.Check(run.Link) : null;
            if (link != openLink)
            {
                if (openLink is not null)
                {
                    builder.Append(LinkStart).Append(LinkEnd);
                }

                if (link is not null)
                {
                    builder.Append(LinkStart).Append(link).Append(LinkEnd);
                }

                openLink = link;
            }

            var codes = Codes(run);
            if (codes.Length == 0)
            {
                builder.Append(text);
            }
            else
            {
                builder.Append("\u001B[").Append(codes).Append('m').Append(text).Append(Reset);
            }
        }

        if (openLink is not null)
        {
            builder.Append(LinkStart).Append(LinkEnd);
        }

        return builder.ToString();
    }

    private string Codes(TextRun run)
    {
        if (depth == ColorDepth.None)
        {
            return string.Empty;
        }

        var codes = new List<string>(3);
        if (run.Bold)
        {
            codes.Add("1");
        }

        if (run.Dim)
        {
            codes.Add("2");
        }

        if (theme.ColorOf(run.Role) is { } color)
        {
            codes.Add(depth switch
            {
                ColorDepth.TrueColor => string.Create(CultureInfo.InvariantCulture, $"38;2;{color.R};{color.G};{color.B}"),
                ColorDepth.Indexed256 => string.Create(CultureInfo.InvariantCulture, $"38;5;{color.To256()}"),
                _ => BasicCode(run.Role) ?? color.ToBasicSgr().ToString(CultureInfo.InvariantCulture),
            });
        }

        return string.Join(';', codes);
    }

    // With 16 colours the nearest palette entry of a soft theme colour is often grey, which would
    // erase the meaning of the role; the basic colour named after the role keeps it.
    private static string? BasicCode(StyleRole role) => role switch
    {
        StyleRole.Primary => "34",
        StyleRole.Accent => "35",
        StyleRole.Muted => "90",
        StyleRole.Success => "32",
        StyleRole.Warning => "33",
        StyleRole.Critical => "31",
        StyleRole.Info => "36",
        _ => null,
    };
}
