namespace Linesmith.Rendering;

/// <summary>
/// <c>[layout_options] overflow = "wrap"</c>: the segments in order, a new line begun wherever the next
/// one would not fit the cells (<see cref="LineWidth"/>); nothing is dropped by priority. A segment wider
/// than the cells alone gets a line of its own with priority 0, so that the layout cuts it (<see cref="LineLayout.Fit"/>)
/// rather than dropping it.
/// </summary>
internal static class LineWrap
{
    public static List<List<LayoutItem>> Split(IReadOnlyList<LayoutItem> items, int limit)
    {
        var lines = new List<List<LayoutItem>>();
        var current = new List<LayoutItem>();
        var used = 0;
        foreach (var item in items)
        {
            var next = current.Count == 0 ? item.Width : used + item.SeparatorWidth + item.Width;
            if (current.Count > 0 && next > limit)
            {
                lines.Add(current);
                current = [];
                next = item.Width;
            }

            // Alone and still too wide: cut, not dropped (priority 0), or wrapping would lose it.
            current.Add(current.Count == 0 && item.Width > limit ? item with { Priority = 0 } : item);
            used = next;
        }

        if (current.Count > 0)
        {
            lines.Add(current);
        }

        return lines;
    }
}
