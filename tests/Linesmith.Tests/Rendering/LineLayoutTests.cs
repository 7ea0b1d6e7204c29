using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Tests.Rendering;

/// <summary>Fitting a line into COLUMNS: drop by priority, then truncate.</summary>
public sealed class LineLayoutTests
{
    private static PlacedSegment Segment(string id, string text, int priority) =>
        new(id, SegmentOutput.Of(text, StyleRole.Primary), priority, " | ");

    private static string Text(IEnumerable<TextRun> runs) => string.Concat(runs.Select(run => run.Text));

    private static readonly PlacedSegment[] Line =
    [
        Segment("model", "Opus 4.5", 0),
        Segment("context", "ctx: 42%", 32),
        Segment("cost", "$1.23", 40),
        Segment("workspace", "linesmith", 64),
    ];

    [Fact]
    public void Without_a_width_everything_shows_and_the_first_separator_is_skipped()
    {
        Assert.Equal("Opus 4.5 | ctx: 42% | $1.23 | linesmith", Text(LineLayout.Fit(Line, null)));
    }

    [Fact]
    public void The_highest_priority_drops_first()
    {
        Assert.Equal("Opus 4.5 | ctx: 42% | $1.23", Text(LineLayout.Fit(Line, 30)));
        Assert.Equal("Opus 4.5 | ctx: 42%", Text(LineLayout.Fit(Line, 20)));
    }

    [Fact]
    public void Priority_zero_never_drops_and_the_rest_is_cut_with_an_ellipsis()
    {
        Assert.Equal("Opus…", Text(LineLayout.Fit(Line, 5)));
    }

    [Fact]
    public void Among_equal_priorities_the_rightmost_drops_first()
    {
        PlacedSegment[] line = [Segment("a", "aaaa", 10), Segment("b", "bbbb", 10), Segment("c", "cccc", 10)];

        Assert.Equal("aaaa | bbbb", Text(LineLayout.Fit(line, 12)));
    }

    [Fact]
    public void Wide_characters_count_two_cells()
    {
        PlacedSegment[] line = [Segment("a", "日本語", 0)];

        Assert.Equal("日本…", Text(LineLayout.Fit(line, 5)));
    }
}
