namespace Linesmith.Rendering;

/// <summary>
/// One piece of a line as the layout sees it: its styled runs and their width in cells, its drop
/// priority (0 never drops … higher drops first) and the separator printed before it, with the cells
/// that separator takes (<see cref="SeparatorWidth"/>: a powerline arrow may take 2, <c>powerline_width</c>).
/// <see cref="SegmentId"/> finds its <c>[style]</c> colours; <see cref="FlexBefore"/> marks a flex item
/// (<c>{ type = "flex" }</c>) before it, which pushes it and the rest of the line to the right edge.
/// </summary>
internal sealed record LayoutItem(IReadOnlyList<TextRun> Runs, int Width, int Priority, string SeparatorBefore)
{
    public LayoutItem(IReadOnlyList<TextRun> runs, int priority, string separatorBefore)
        : this(runs, CellWidth.Of(runs), priority, separatorBefore)
    {
    }

    /// <summary>The cells of <see cref="SeparatorBefore"/>; set it with the separator when one is replaced.</summary>
    public int SeparatorWidth { get; init; } = CellWidth.Of(SeparatorBefore);

    public string SegmentId { get; init; } = string.Empty;

    public bool FlexBefore { get; init; }
}
