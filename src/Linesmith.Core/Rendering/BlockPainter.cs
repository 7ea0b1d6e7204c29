using Linesmith.Config;

namespace Linesmith.Rendering;

/// <summary>
/// The powerline and capsule styles (README.md#layout-and-look): each segment a block filled with its
/// background (<see cref="BlockColors"/>), one space inside each end. Powerline joins blocks with U+E0B0,
/// whose foreground is the block before and whose background the block after (the terminal's own after
/// the last one); past a flex item the blocks point left with U+E0B2, foreground the block after,
/// background the block before. Capsule rounds each block with U+E0B6 and U+E0B4 in its own colour on the
/// terminal's background, one space between capsules. Every arrow and cap counts
/// <c>powerline_width</c> cells. The same priorities decide what stays; a line that still does not fit
/// loses segments from the right and ends in <c>…</c>, and a first segment too wide alone is cut inside.
/// </summary>
internal static class BlockPainter
{
    private const string RightArrow = "\uE0B0";
    private const string LeftArrow = "\uE0B2";
    private const string LeftCap = "\uE0B6";
    private const string RightCap = "\uE0B4";

    /// <summary>Each segment as its block: the runs padded and coloured, its width with the caps, its separator's cells.</summary>
    public static List<LayoutItem> Prepare(IReadOnlyList<LayoutItem> items, Theme theme, SegmentColors colors, LayoutOptions options)
    {
        var capsule = options.Style == LineStyle.Capsule;
        var arrow = options.PowerlineWidth;
        var blocks = new List<LayoutItem>(items.Count);
        foreach (var item in items)
        {
            var (foreground, background) = BlockColors.Of(item.Runs, theme, colors.For(item.SegmentId));
            var runs = new List<TextRun>(item.Runs.Count + 2) { Pad(foreground, background) };
            foreach (var run in item.Runs)
            {
                runs.Add(run with { Foreground = foreground, Background = background });
            }

            runs.Add(Pad(foreground, background));
            var separator = capsule ? 1 : item.FlexBefore ? 2 * arrow : arrow;
            blocks.Add(item with
            {
                Runs = runs,
                Width = item.Width + 2 + (capsule ? 2 * arrow : 0),
                SeparatorBefore = capsule ? " " : string.Empty,
                SeparatorWidth = separator,
            });
        }

        return blocks;
    }

    /// <summary>The cells the blocks may take of <paramref name="width"/>: powerline keeps room for its last arrow.</summary>
    public static int Measure(int width, LayoutOptions options) =>
        Math.Max(1, width - (options.Style == LineStyle.Powerline ? options.PowerlineWidth : 0));

    public static IReadOnlyList<TextRun> Paint(IReadOnlyList<LayoutItem> blocks, int? width, LayoutOptions options)
    {
        var capsule = options.Style == LineStyle.Capsule;
        int? limit = width is { } cells ? Measure(cells, options) : null;
        var kept = LineLayout.Keep(blocks, limit, out var fits);
        var cut = false;
        if (!fits && limit is { } room)
        {
            // One cell stays for the ellipsis.
            while (kept.Count > 1 && LineLayout.Width(kept) > room - 1)
            {
                kept.RemoveAt(kept.Count - 1);
            }

            if (LineLayout.Width(kept) > room)
            {
                kept[0] = Shrink(kept[0], room, capsule ? 2 * options.PowerlineWidth : 0);
                if (kept[0].Width > room)
                {
                    // Too narrow for any block: the ellipsis alone, as for a plain line.
                    return [new TextRun(LineLayout.Ellipsis, StyleRole.Muted)];
                }
            }
            else
            {
                // The ellipsis only where it fits: a last block of exactly the room shows without it.
                cut = LineLayout.Width(kept) <= room - 1;
            }
        }

        var flex = FlexSpace.Positions(blocks, kept);
        var split = Array.IndexOf(flex, true);
        var runs = new List<TextRun>();
        var extra = width is { } total ? total - Used(kept, options) - (cut ? 1 : 0) : 0;
        for (var i = 0; i < kept.Count; i++)
        {
            var block = kept[i];
            var background = Background(block);
            if (i == split)
            {
                var spaces = Math.Max(width is null ? 1 : 0, extra) + (capsule && i > 0 ? 1 : 0);
                if (spaces > 0)
                {
                    runs.Add(new TextRun(new string(' ', spaces), StyleRole.Muted));
                }
            }
            else if (capsule && i > 0)
            {
                runs.Add(new TextRun(" ", StyleRole.Muted));
            }

            if (capsule)
            {
                runs.Add(Glyph(LeftCap, background, null));
                runs.AddRange(block.Runs);
                runs.Add(Glyph(RightCap, background, null));
            }
            else if (split >= 0 && i >= split)
            {
                runs.Add(Glyph(LeftArrow, background, i > split ? Background(kept[i - 1]) : null));
                runs.AddRange(block.Runs);
            }
            else
            {
                runs.AddRange(block.Runs);
                var last = i + 1 == kept.Count || i + 1 == split;
                runs.Add(Glyph(RightArrow, background, last ? null : Background(kept[i + 1])));
            }
        }

        if (cut)
        {
            runs.Add(new TextRun(LineLayout.Ellipsis, StyleRole.Muted));
        }

        return runs;
    }

    // The cells of the blocks with their arrows: one arrow per block in powerline, separators between capsules.
    private static int Used(List<LayoutItem> kept, LayoutOptions options)
    {
        var used = 0;
        for (var i = 0; i < kept.Count; i++)
        {
            used += kept[i].Width;
            if (options.Style == LineStyle.Powerline)
            {
                used += options.PowerlineWidth;
            }
            else if (i > 0)
            {
                used += 1;
            }
        }

        return used;
    }

    private static Paint? Background(LayoutItem block) => block.Runs.Count > 0 ? block.Runs[0].Background : null;

    private static TextRun Pad(Paint foreground, Paint background) => new(" ", StyleRole.Foreground, Foreground: foreground, Background: background);

    private static TextRun Glyph(string glyph, Paint? foreground, Paint? background) =>
        new(glyph, StyleRole.Muted, Foreground: foreground, Background: background);

    // A first block too wide alone: its text cut (LineLayout.Truncate) to what the padding and caps leave.
    private static LayoutItem Shrink(LayoutItem block, int room, int caps)
    {
        var inner = block.Runs.Skip(1).Take(block.Runs.Count - 2).ToList();
        var budget = room - 2 - caps;
        var cut = LineLayout.Truncate(inner, Math.Max(budget, 1));
        var runs = new List<TextRun>(cut.Count + 2) { block.Runs[0] };
        foreach (var run in cut)
        {
            runs.Add(run with { Foreground = block.Runs[0].Foreground, Background = block.Runs[0].Background });
        }

        runs.Add(block.Runs[^1]);
        return block with { Runs = runs, Width = CellWidth.Of(cut) + 2 + caps };
    }
}
