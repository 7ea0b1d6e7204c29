namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The characters a progress bar is drawn with: a full cell, the partly filled cells in rising order
/// (one for halves, seven for eighths and braille), an empty cell and the brackets.
/// </summary>
internal sealed record BarGlyphs(string Full, IReadOnlyList<string> Partials, string Empty, string Open, string Close)
{
    private const string Block = "█";
    private const string Shade = "░";

    /// <summary>The built-in glyphs of each fill mode, before <c>characters.*</c> overrides.</summary>
    public static BarGlyphs For(BarFill fill) => fill switch
    {
        BarFill.Half => new(Block, ["▌"], Shade, "[", "]"),
        BarFill.Eighth => new(Block, ["▏", "▎", "▍", "▌", "▋", "▊", "▉"], Shade, "[", "]"),
        BarFill.Braille => new("⣿", ["⡀", "⡄", "⡆", "⡇", "⣇", "⣧", "⣷"], "⣀", "[", "]"),
        _ => new(Block, [], Shade, "[", "]"),
    };

    /// <summary>Steps within one cell: 1 for whole cells, else one more than the partial glyphs.</summary>
    public int StepsPerCell => Partials.Count + 1;
}
