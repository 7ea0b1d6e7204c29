namespace Linesmith.Rendering;

/// <summary>
/// One piece of a line as the layout sees it: its styled runs and their width in cells, its drop
/// priority (0 never drops … higher drops first) and the separator printed before it.
/// </summary>
internal sealed record LayoutItem(IReadOnlyList<TextRun> Runs, int Width, int Priority, string SeparatorBefore)
{
    public LayoutItem(IReadOnlyList<TextRun> runs, int priority, string separatorBefore)
        : this(runs, CellWidth.Of(runs), priority, separatorBefore)
    {
    }
}
