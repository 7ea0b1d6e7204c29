namespace Linesmith.Rendering;

/// <summary>
/// The flex item of a line (<c>{ type = "flex" }</c>, README.md#layout-and-look): the spaces that push
/// what follows it to the right edge of the cells the host gives (<see cref="LineWidth"/>). It takes at
/// least one cell; without a width (no <c>COLUMNS</c>) exactly one. Several flex items share the room,
/// the first taking what does not divide. A flex item whose segment was dropped moves to the next kept
/// segment.
/// </summary>
internal static class FlexSpace
{
    /// <summary>Whether any of <paramref name="items"/> follows a flex item.</summary>
    public static bool Any(IReadOnlyList<LayoutItem> items)
    {
        foreach (var item in items)
        {
            if (item.FlexBefore)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>For each of <paramref name="kept"/> (a subsequence of <paramref name="all"/>), whether a flex item stands before it.</summary>
    public static bool[] Positions(IReadOnlyList<LayoutItem> all, IReadOnlyList<LayoutItem> kept)
    {
        var flex = new bool[kept.Count];
        var pending = false;
        var k = 0;
        for (var i = 0; i < all.Count && k < kept.Count; i++)
        {
            pending |= all[i].FlexBefore;
            if (ReferenceEquals(all[i], kept[k]))
            {
                flex[k++] = pending;
                pending = false;
            }
        }

        return flex;
    }

    /// <summary>The extra cells of flex position <paramref name="index"/> of <paramref name="count"/> when <paramref name="room"/> cells are left.</summary>
    public static int Share(int room, int count, int index) => room <= 0 || count == 0 ? 0 : (room / count) + (index == 0 ? room % count : 0);

    /// <summary>
    /// The plain line with its flex items filled: the separator before a segment after a flex item is one
    /// space plus its share of the room left. A line that does not fit even so is laid out as without flex.
    /// </summary>
    public static IReadOnlyList<TextRun> Fit(IReadOnlyList<LayoutItem> items, int? limit, StyleRole separatorRole = StyleRole.Muted)
    {
        var spaced = new List<LayoutItem>(items.Count);
        foreach (var item in items)
        {
            spaced.Add(item.FlexBefore ? item with { SeparatorBefore = " ", SeparatorWidth = 1 } : item);
        }

        var kept = LineLayout.Keep(spaced, limit, out var fits);
        if (!fits)
        {
            return LineLayout.Fit(spaced, limit, separatorRole);
        }

        var flex = Positions(spaced, kept);
        var count = flex.Count(at => at);
        var room = limit is { } width ? width - LineLayout.Width(kept) : 0;
        var runs = new List<TextRun>();
        var seen = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            if (flex[i])
            {
                var cells = Share(room, count, seen++) + (i > 0 ? 1 : 0);
                if (cells > 0)
                {
                    runs.Add(new TextRun(new string(' ', cells), separatorRole));
                }
            }
            else if (i > 0 && kept[i].SeparatorBefore.Length > 0)
            {
                runs.Add(new TextRun(kept[i].SeparatorBefore, separatorRole));
            }

            runs.AddRange(kept[i].Runs);
        }

        return runs;
    }
}
