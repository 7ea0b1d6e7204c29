using System.Text;

namespace Linesmith.Rendering;

/// <summary>
/// Fits one line into the terminal width (<c>COLUMNS</c>): while it is too wide, the segment with
/// the highest priority is dropped (the rightmost among equals; priority 0 never drops); if it is
/// still too wide, the text is cut and ends in <c>…</c>. The separator before the first segment
/// is never printed.
/// </summary>
internal static class LineLayout
{
    public const string Ellipsis = "…";

    public static IReadOnlyList<TextRun> Fit(IReadOnlyList<PlacedSegment> segments, int? width, StyleRole separatorRole = StyleRole.Muted)
    {
        var kept = segments.ToList();
        if (width is { } limit)
        {
            while (Width(kept) > limit && DropCandidate(kept) is { } index)
            {
                kept.RemoveAt(index);
            }
        }

        var runs = new List<TextRun>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (i > 0 && kept[i].SeparatorBefore.Length > 0)
            {
                runs.Add(new TextRun(kept[i].SeparatorBefore, separatorRole));
            }

            runs.AddRange(kept[i].Output.Runs);
        }

        return width is { } max && RunsWidth(runs) > max ? Truncate(runs, max) : runs;
    }

    /// <summary>Cuts runs to at most <paramref name="width"/> cells, the last of which is <c>…</c>.</summary>
    public static IReadOnlyList<TextRun> Truncate(IReadOnlyList<TextRun> runs, int width)
    {
        var result = new List<TextRun>();
        var remaining = width - 1;
        foreach (var run in runs)
        {
            if (remaining <= 0)
            {
                break;
            }

            var text = new StringBuilder();
            foreach (var rune in run.Text.EnumerateRunes())
            {
                var cells = CellWidth.Of(rune);
                if (cells > remaining)
                {
                    remaining = 0;
                    break;
                }

                text.Append(rune.ToString());
                remaining -= cells;
            }

            if (text.Length > 0)
            {
                result.Add(run with { Text = text.ToString() });
            }
        }

        if (width > 0)
        {
            result.Add(new TextRun(Ellipsis, result.Count > 0 ? result[^1].Role : StyleRole.Muted));
        }

        return result;
    }

    private static int Width(List<PlacedSegment> segments)
    {
        var width = 0;
        for (var i = 0; i < segments.Count; i++)
        {
            width += segments[i].Output.Width + (i > 0 ? CellWidth.Of(segments[i].SeparatorBefore) : 0);
        }

        return width;
    }

    private static int RunsWidth(IEnumerable<TextRun> runs) => runs.Sum(run => CellWidth.Of(run.Text));

    private static int? DropCandidate(List<PlacedSegment> segments)
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
