namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The characters a progress bar is drawn with: a full cell, the partly filled cells in rising order
/// (one for halves, a ramp of seven for eighths and braille, none for whole cells), an empty cell and
/// the brackets.
/// </summary>
internal sealed record BarGlyphs(BarFill Fill, string Full, IReadOnlyList<string> Partials, string Empty, string Open, string Close)
{
    public const string Block = "█";
    public const string Shade = "░";

    /// <summary>The half cell, as the original's context bar draws it.</summary>
    public const string HalfBlock = "▓";

    /// <summary>Eighth blocks U+258F..U+2589: 1/8 to 7/8 of a cell.</summary>
    private static readonly string[] EighthRamp = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"];

    /// <summary>The 2×4 braille grid filled left column bottom-up, then the right.</summary>
    private static readonly string[] BrailleRamp = ["⡀", "⡄", "⡆", "⡇", "⣇", "⣧", "⣷"];

    /// <summary>The built-in glyphs of each fill mode, before <c>characters.*</c> overrides.</summary>
    public static BarGlyphs For(BarFill fill) => fill switch
    {
        BarFill.Half => new(fill, Block, [HalfBlock], Shade, "[", "]"),
        BarFill.Eighth => new(fill, Block, EighthRamp, Shade, "[", "]"),
        BarFill.Braille => new(fill, "⣿", BrailleRamp, "\u2800", "[", "]"),
        _ => new(fill, Block, [], Shade, "[", "]"),
    };
}
