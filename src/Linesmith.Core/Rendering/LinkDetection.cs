using Linesmith.Config;

namespace Linesmith.Rendering;

/// <summary>
/// Whether OSC 8 hyperlinks are written (<c>[layout_options] links</c>): <c>always</c>, <c>never</c>, or
/// <c>auto</c>, which follows the colour decision. Whatever turns colour off (<c>NO_COLOR</c>,
/// <c>TERM=dumb</c>, <c>--no-color</c>, <c>color = "never"</c>) asks for plain text, and a link is an
/// escape sequence too. With colour on, a link is written: a terminal that does not know OSC 8
/// ignores the sequence and shows the text (docs/spec/statusline-contract.md#invocation).
/// </summary>
internal static class LinkDetection
{
    public static bool Enabled(ColorMode configured, ColorDepth depth) => configured switch
    {
        ColorMode.Always => true,
        ColorMode.Never => false,
        _ => depth != ColorDepth.None,
    };
}
