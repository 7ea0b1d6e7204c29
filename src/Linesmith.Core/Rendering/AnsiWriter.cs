using System.Globalization;
using System.Text;
using Linesmith.Text;

namespace Linesmith.Rendering;

/// <summary>
/// Turns styled runs into the bytes of one status line: each run's text is sanitised, then wrapped
/// in SGR codes for its role's colour at the terminal's depth, dim and bold as asked. With no
/// colour the output is plain text. With <paramref name="links"/> a run that carries a URL
/// <see cref="SafeLink"/> accepts (a local one only when the renderer made it, <see cref="TextRun.LocalLink"/>) is wrapped in an OSC 8 hyperlink (<c>ESC ] 8 ; ; URL ESC \</c> …
/// <c>ESC ] 8 ; ; ESC \</c>), consecutive runs with the same URL in one; without, or for a refused URL,
/// the text is written alone.
/// </summary>
internal sealed class AnsiWriter(Theme theme, ColorDepth depth, bool links = false)
{
    public Theme Theme => theme;

    /// <summary>Whether OSC 8 links are written (<see cref="LinkDetection"/>): link targets need not be worked out otherwise.</summary>
    public bool Links => links;

    /// <summary>Whether the line is coloured at all: the powerline and capsule styles need it (<see cref="BlockPainter"/>).</summary>
    public bool Colored => depth != ColorDepth.None;

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

            var link = !links ? null : run.LocalLink ? SafeLink.CheckLocal(run.Link) : SafeLink.Check(run.Link);
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

        if (ColorCode(run.Foreground ?? new Paint(run.Role), background: false) is { } foreground)
        {
            codes.Add(foreground);
        }

        if (run.Background is { } paint && ColorCode(paint, background: true) is { } background)
        {
            codes.Add(background);
        }

        return string.Join(';', codes);
    }

    private string? ColorCode(Paint paint, bool background)
    {
        if (paint.Resolve(theme) is not { } color)
        {
            return null;
        }

        var (layer, basicOffset) = background ? ("48", 10) : ("38", 0);
        return depth switch
        {
            ColorDepth.TrueColor => string.Create(CultureInfo.InvariantCulture, $"{layer};2;{color.R};{color.G};{color.B}"),
            ColorDepth.Indexed256 => string.Create(CultureInfo.InvariantCulture, $"{layer};5;{color.To256()}"),
            _ => (((paint.Rgb is null ? BasicCode(paint.Role) : null) ?? color.ToBasicSgr()) + basicOffset).ToString(CultureInfo.InvariantCulture),
        };
    }

    // With 16 colours the nearest palette entry of a soft theme colour is often grey, which would
    // erase the meaning of the role; the basic colour named after the role keeps it.
    private static int? BasicCode(StyleRole role) => role switch
    {
        StyleRole.Primary => 34,
        StyleRole.Accent => 35,
        StyleRole.Muted => 90,
        StyleRole.Success => 32,
        StyleRole.Warning => 33,
        StyleRole.Critical => 31,
        StyleRole.Info => 36,
        _ => null,
    };
}
