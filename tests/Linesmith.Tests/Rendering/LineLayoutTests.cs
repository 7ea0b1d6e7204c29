using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>Fitting a line into the cells the host gives: drop by priority, then whole segments and <c>…</c>; a number is never cut.</summary>
public sealed class LineLayoutTests
{
    private static LayoutItem Segment(string text, int priority) =>
        new([new TextRun(text, StyleRole.Primary)], priority, " | ");

    private static string Text(IEnumerable<TextRun> runs) => string.Concat(runs.Select(run => run.Text));

    private static readonly LayoutItem[] Line =
    [
        Segment("Opus 4.5", 0),
        Segment("ctx: 42%", 32),
        Segment("$1.23", 40),
        Segment("linesmith", 64),
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
    public void A_segment_dropped_early_comes_back_where_it_stood_when_a_wider_one_dropped_after_it()
    {
        LayoutItem[] line =
        [
            Segment("Opus 5.5", 0),
            Segment("$0.03", 40),
            Segment("demo-project [fix-cache]", 38),
            Segment("5h: 95.3%", 34),
            Segment("<1m", 80),
        ];

        // 8 + 3 + 9 = 20: the session (80), the cost (40) and the workspace (38) drop in turn; the cost
        // and then the session fit again, each in its place. The workspace, too wide, stays out.
        Assert.Equal("Opus 5.5 | $0.03 | 5h: 95.3% | <1m", Text(LineLayout.Fit(line, 34)));
        Assert.Equal("Opus 5.5 | $0.03 | 5h: 95.3%", Text(LineLayout.Fit(line, 33)));
        Assert.Equal("Opus 5.5 | 5h: 95.3% | <1m", Text(LineLayout.Fit(line, 27)));
        Assert.Equal("Opus 5.5 | 5h: 95.3%", Text(LineLayout.Fit(line, 25)));
    }

    [Fact]
    public void A_first_segment_too_wide_alone_is_cut_before_its_number()
    {
        Assert.Equal("Opus…", Text(LineLayout.Fit(Line, 5)));
        Assert.Equal("Opus…", Text(LineLayout.Fit(Line, 7)));
        Assert.Equal("Opus 4.5", Text(LineLayout.Fit(Line, 8)));
    }

    [Fact]
    public void Priority_zero_segments_that_do_not_fit_give_way_to_an_ellipsis_after_the_last_whole_one()
    {
        LayoutItem[] line = [Segment("Opus 4.5", 0), Segment("5h: 61.0%", 0), Segment("7d: 80.0%", 0)];

        Assert.Equal("Opus 4.5 | 5h: 61.0% | …", Text(LineLayout.Fit(line, 28)));
        Assert.Equal("Opus 4.5 | …", Text(LineLayout.Fit(line, 21)));
        Assert.Equal("Opus 4.5 | …", Text(LineLayout.Fit(line, 12)));
        Assert.Equal("Opus 4.5", Text(LineLayout.Fit(line, 11)));
        Assert.Equal("Opus…", Text(LineLayout.Fit(line, 7)));
    }

    [Theory]
    [InlineData("7d: 61.0%", 8, "7d:…")]
    [InlineData("ctx: 1,234 tokens", 9, "ctx:…")]
    [InlineData("(1M context)", 4, "(1M…")]
    [InlineData("linesmith [fix-cache]", 8, "linesmi…")]
    [InlineData("Opus 4.5 (1M context)", 11, "Opus 4.5 (…")]
    [InlineData("Opus 4.5 (1M context)", 12, "Opus…")]
    [InlineData("5h: 22.4% 7d", 12, "5h: 22.4%…")]
    [InlineData("ctx: 42 %", 8, "ctx:…")]
    [InlineData("a b", 2, "a…")]
    public void Truncate_never_ends_inside_a_number(string text, int width, string expected)
    {
        Assert.Equal(expected, Text(LineLayout.Truncate([new TextRun(text, StyleRole.Primary)], width)));
    }

    [Fact]
    public void Truncate_keeps_each_run_its_role()
    {
        var runs = LineLayout.Truncate([new TextRun("5h: ", StyleRole.Muted), new TextRun("22.4%", StyleRole.Success)], 8);

        Assert.Equal([new TextRun("5h:", StyleRole.Muted), new TextRun("…", StyleRole.Muted)], runs);
    }

    [Fact]
    public void Among_equal_priorities_the_rightmost_drops_first()
    {
        LayoutItem[] line = [Segment("aaaa", 10), Segment("bbbb", 10), Segment("cccc", 10)];

        Assert.Equal("aaaa | bbbb", Text(LineLayout.Fit(line, 12)));
    }

    [Fact]
    public void Wide_characters_count_two_cells()
    {
        LayoutItem[] line = [Segment("日本語", 0)];

        Assert.Equal("日本…", Text(LineLayout.Fit(line, 5)));
    }
}
