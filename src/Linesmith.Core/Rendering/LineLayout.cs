using System.Text;

namespace Linesmith.Rendering;

/// <summary>
/// Fits one line into the cells the host gives it (<see cref="LineWidth"/>): while it is too wide,
/// the segment with the highest priority is dropped (the rightmost among equals; priority 0 never
/// drops by priority), then the dropped ones that fit again are put back (<see cref="PutBack"/>).
/// If the segments left still do not fit, the line keeps the whole segments that fit and ends in
/// <c>…</c>; only a first segment that does not fit alone is cut inside. A cut
/// never splits a number: <c>7d: 61.…</c> reads as a different value, so the whole number goes
/// instead (docs/adr/0013-fit-the-cells-claude-code-gives.md). The separator before the first segment is never printed.
/// </summary>
internal static class LineLayout
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<TextRun> Fit(IReadOnlyList<LayoutItem> segments, int? width, StyleRole separatorRole = StyleRole.Muted)
    {
        var kept = Keep(segments, width, out var fits);
        return fits || width is not { } limit ? Runs(kept, kept.Count, separatorRole) : Overflow(kept, limit, separatorRole);
    }

    /// <summary>
    /// The segments kept by priority (<see cref="Fit"/>'s first two steps), and whether they fit
    /// <paramref name="width"/>; when they do not, every segment of priority 0 is still there.
    /// </summary>
    public static List<LayoutItem> Keep(IReadOnlyList<LayoutItem> segments, int? width, out bool fits)
    {
        var kept = new List<LayoutItem>(segments);
        fits = true;
        if (width is { } limit)
        {
            var dropped = new List<LayoutItem>();
            while (Width(kept) > limit && DropCandidate(kept) is { } index)
            {
                dropped.Add(kept[index]);
                kept.RemoveAt(index);
            }

            if (Width(kept) > limit)
            {
                fits = false;
                return kept;
            }

            PutBack(kept, dropped, segments, limit);
        }

        return kept;
    }

    /// <summary>The cells of <paramref name="segments"/> in a row, each separator but the first counted.</summary>
    public static int Width(IReadOnlyList<LayoutItem> segments)
    {
        var width = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            width += segments[i].Width + (i > 0 ? segments[i].SeparatorWidth : 0);
        }

        return width;
    }

    /// <summary>Runs of one piece of text (a hint), cut with <see cref="Truncate"/> only when wider than <paramref name="width"/>.</summary>
    public static IReadOnlyList<TextRun> FitRuns(IReadOnlyList<TextRun> runs, int? width) =>
        width is { } limit && CellWidth.Of(runs) > limit ? Truncate(runs, limit) : runs;

    /// <summary>
    /// Cuts runs to at most <paramref name="width"/> cells, the last of which is <c>…</c>; the ellipsis
    /// never follows a number (see <see cref="DropTrailingNumber"/>).
    /// </summary>
    public static IReadOnlyList<TextRun> Truncate(IReadOnlyList<TextRun> runs, int width)
    {
        if (width <= 0)
        {
            return [];
        }

        var result = new List<TextRun>();
        var remaining = width - 1;
        var cut = false;
        for (var r = 0; r < runs.Count && !cut; r++)
        {
            var run = runs[r];
            var text = new StringBuilder();
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var cells = CellWidth.Of(rune);
                if (cells > remaining)
                {
                    cut = true;
                    break;
                }

                text.Append(rune.ToString());
                remaining -= cells;
            }

            if (text.Length > 0)
            {
                result.Add(run with { Text = text.ToString() });
            }

            cut |= text.Length < run.Text.Length;
        }

        DropTrailingNumber(result, runs);

        result.Add(new TextRun(Ellipsis, result.Count > 0 ? result[^1].Role : StyleRole.Muted));
        return result;
    }

    /// <summary>The whole segments that fit before <c>…</c>; the first segment is cut inside only when it alone does not fit.</summary>
    private static IReadOnlyList<TextRun> Overflow(List<LayoutItem> kept, int limit, StyleRole separatorRole)
    {
        var count = 0;
        var used = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var next = used + kept[i].Width + (i > 0 ? kept[i].SeparatorWidth : 0);
            // One cell stays for the ellipsis, and room for the separator that leads to it.
            if (next + 1 + (i + 1 < kept.Count ? SeparatorCells(kept[i + 1]) : 0) > limit)
            {
                break;
            }

            used = next;
            count = i + 1;
        }

        if (count == 0)
        {
            // The first segment alone: whole when it fits (an ellipsis right after it could read as
            // part of its value), else cut.
            var first = Runs(kept, 1, separatorRole);
            return kept[0].Width <= limit ? first : Truncate(first, limit);
        }

        var runs = Runs(kept, count, separatorRole);
        if (kept[count].SeparatorBefore.Length > 0)
        {
            runs.Add(new TextRun(kept[count].SeparatorBefore, separatorRole));
        }

        runs.Add(new TextRun(Ellipsis, separatorRole));
        return runs;
    }

    /// <summary>
    /// A segment dropped early may fit again once a wider one dropped after it has gone too (a small
    /// cost dropped before a long worktree name that went anyway): the dropped segments are tried
    /// again, the last dropped (most important) first, each put back where it stood if the line
    /// still fits. Nothing kept is removed, so what outlives what is unchanged.
    /// </summary>
    private static void PutBack(List<LayoutItem> kept, List<LayoutItem> dropped, IReadOnlyList<LayoutItem> segments, int limit)
    {
        for (var d = dropped.Count - 1; d >= 0; d--)
        {
            var position = 0;
            for (var i = 0; i < segments.Count && !ReferenceEquals(segments[i], dropped[d]); i++)
            {
                if (position < kept.Count && ReferenceEquals(kept[position], segments[i]))
                {
                    position++;
                }
            }

            kept.Insert(position, dropped[d]);
            if (Width(kept) > limit)
            {
                kept.RemoveAt(position);
            }
        }
    }

    private static int SeparatorCells(LayoutItem next) => next.SeparatorWidth;

    private static List<TextRun> Runs(List<LayoutItem> kept, int count, StyleRole separatorRole)
    {
        var runs = new List<TextRun>();
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && kept[i].SeparatorBefore.Length > 0)
            {
                runs.Add(new TextRun(kept[i].SeparatorBefore, separatorRole));
            }

            runs.AddRange(kept[i].Runs);
        }

        return runs;
    }

    /// <summary>
    /// The ellipsis never follows a number, cut or whole: <c>61.…</c>, <c>61…</c> and <c>4.5…</c> all
    /// read as another value. So a word the cut split goes if it holds a digit, and then every last
    /// word that ends like a number (a digit, <c>.</c> or <c>,</c>), with the spaces before it.
    /// Labels such as <c>7d:</c> and whole values such as <c>22.4%</c> stay.
    /// </summary>
    private static void DropTrailingNumber(List<TextRun> kept, IReadOnlyList<TextRun> original)
    {
        var text = string.Concat(kept.Select(run => run.Text));
        var full = string.Concat(original.Select(run => run.Text));
        var split = text.Length > 0 && text.Length < full.Length && !char.IsWhiteSpace(text[^1]) && !char.IsWhiteSpace(full[text.Length]);
        var end = text.AsSpan().TrimEnd().Length;
        while (end > 0)
        {
            var start = end;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var word = text.AsSpan(start, end - start);
            var numeric = split ? word.IndexOfAnyInRange('0', '9') >= 0 : EndsLikeNumber(word);
            if (!numeric)
            {
                break;
            }

            split = false;
            end = text.AsSpan(0, start).TrimEnd().Length;
        }

        Shorten(kept, end);
    }

    private static bool EndsLikeNumber(ReadOnlySpan<char> word) => word.Length > 0 && (char.IsAsciiDigit(word[^1]) || (word[^1] is '.' or ',' && word.IndexOfAnyInRange('0', '9') >= 0));

    private static void Shorten(List<TextRun> runs, int length)
    {
        var offset = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            var run = runs[i];
            if (offset + run.Text.Length <= length)
            {
                offset += run.Text.Length;
                continue;
            }

            runs.RemoveRange(i, runs.Count - i);
            if (length > offset)
            {
                runs.Add(run with { Text = run.Text[..(length - offset)] });
            }

            return;
        }
    }

    private static int? DropCandidate(List<LayoutItem> segments)
    {
        int? best = null;
        for (var i = 0; i < segments.Count; i++)
        {
            if (segments[i].Priority > 0 && (best is null || segments[i].Priority >= segments[best.Value].Priority))
            {
                best = i;
            }
        }

        return best;
    }
}
