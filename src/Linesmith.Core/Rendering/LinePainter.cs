using Linesmith.Config;

namespace Linesmith.Rendering;

/// <summary>
/// Lays out and writes one configured line (README.md#layout-and-look): wraps it when
/// <c>overflow = "wrap"</c> (<see cref="LineWrap"/>), fits each line to the cells (<see cref="LineLayout"/>,
/// <see cref="FlexSpace"/>) in the plain style, or as blocks in the powerline and capsule styles
/// (<see cref="BlockPainter"/>), which fall back to the plain style when the line has no colour (a block
/// is its background). With nothing of the look configured the line is exactly what
/// <see cref="LineLayout.Fit"/> gives.
/// </summary>
internal sealed class LinePainter(LayoutOptions options, SegmentColors colors)
{
    /// <summary>The line's texts, one per terminal line (more than one only when wrapping); empty ones left out.</summary>
    public List<string> Paint(IReadOnlyList<LayoutItem> items, int? width, AnsiWriter writer)
    {
        var blocks = options.Style != LineStyle.Plain && writer.Colored;
        var prepared = blocks ? BlockPainter.Prepare(items, writer.Theme, colors, options) : colors.IsEmpty ? items : Colored(items);
        var output = new List<string>(1);
        if (options.Overflow == OverflowMode.Wrap && width is { } cells)
        {
            var measure = blocks ? BlockPainter.Measure(cells, options) : cells;
            foreach (var line in LineWrap.Split(prepared, measure))
            {
                Add(output, writer, One(line, width, blocks));
            }
        }
        else
        {
            Add(output, writer, One(prepared, width, blocks));
        }

        return output;
    }

    private static void Add(List<string> output, AnsiWriter writer, IReadOnlyList<TextRun> runs)
    {
        var text = writer.Write(runs);
        if (text.Length > 0)
        {
            output.Add(text);
        }
    }

    private IReadOnlyList<TextRun> One(IReadOnlyList<LayoutItem> items, int? width, bool blocks)
    {
        if (blocks)
        {
            return BlockPainter.Paint(items, width, options);
        }

        return FlexSpace.Any(items) ? FlexSpace.Fit(items, width) : LineLayout.Fit(items, width);
    }

    // The plain style: a segment's [style] fg and bg colour all of its text.
    private List<LayoutItem> Colored(IReadOnlyList<LayoutItem> items)
    {
        var colored = new List<LayoutItem>(items.Count);
        foreach (var item in items)
        {
            var (foreground, background) = colors.For(item.SegmentId);
            if (foreground is null && background is null)
            {
                colored.Add(item);
                continue;
            }

            var runs = new List<TextRun>(item.Runs.Count);
            foreach (var run in item.Runs)
            {
                runs.Add(run with { Foreground = foreground ?? run.Foreground, Background = background ?? run.Background });
            }

            colored.Add(item with { Runs = runs });
        }

        return colored;
    }
}
