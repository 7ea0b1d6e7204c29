using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>The <c>progress</c> format's knobs: docs/spec/rate-limit-segments.md (<c>fill</c>, <c>brackets</c>, <c>dim_empty</c>, <c>characters.*</c>).</summary>
public sealed class ProgressBarTests
{
    private static SegmentHarness At(float utilization) => new()
    {
        Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(utilization))),
    };

    private static string? Bar(float utilization, params (string Key, object? Value)[] settings) =>
        At(utilization).Text("rate_limit_5h", [("format", "progress"), ("progress_width", 4L), ("label", ""), .. settings]);

    [Fact]
    public void Whole_cells_round_half_away_from_zero()
    {
        Assert.Equal("█░░░ 12.5%", Bar(12.5f));
    }

    [Fact]
    public void Half_fill_draws_a_half_cell_from_half_a_cell_on()
    {
        Assert.Equal("█▓░░ 37.5%", Bar(37.5f, ("fill", "half")));
    }

    [Fact]
    public void Half_fill_drops_less_than_half_a_cell()
    {
        Assert.Equal("█░░░ 30.0%", Bar(30f, ("fill", "half")));
    }

    [Fact]
    public void Eighth_fill_draws_eighths()
    {
        Assert.Equal("█▍░░ 35.0%", Bar(35f, ("fill", "eighth")));
    }

    [Fact]
    public void Braille_fill_draws_dots()
    {
        Assert.Equal("⣿⡆\u2800\u2800 35.0%", Bar(35f, ("fill", "braille")));
    }

    [Fact]
    public void A_ramp_carries_a_nearly_full_cell_into_a_whole_one()
    {
        Assert.Equal("██░░ 49.5%", Bar(49.5f, ("fill", "eighth")));
    }

    [Fact]
    public void The_partial_character_is_the_half_cell_only()
    {
        Assert.Equal("█▍░░ 35.0%", Bar(35f, ("fill", "eighth"), ("characters", SegmentHarness.Table(("partial", "+")))));
    }

    [Fact]
    public void Brackets_are_muted()
    {
        Assert.Equal(
            [new TextRun("5h: ", StyleRole.Warning), new TextRun("[", StyleRole.Muted), new TextRun("██", StyleRole.Warning),
             new TextRun("░░", StyleRole.Warning, Dim: true), new TextRun("]", StyleRole.Muted), new TextRun(" 50.0%", StyleRole.Warning)],
            At(50f).Render("rate_limit_5h", ("format", "progress"), ("progress_width", 4L), ("brackets", true))!.Runs);
    }

    [Fact]
    public void Brackets_enclose_the_bar()
    {
        Assert.Equal("[██░░] 50.0%", Bar(50f, ("brackets", true)));
    }

    [Fact]
    public void Characters_replace_the_glyphs()
    {
        var characters = SegmentHarness.Table(("full", "#"), ("partial", "+"), ("empty", "."), ("open", "<"), ("close", ">"));

        Assert.Equal("<#+..> 37.5%", Bar(37.5f, ("fill", "half"), ("brackets", true), ("characters", characters)));
    }

    [Fact]
    public void A_wide_character_warns_and_keeps_the_default()
    {
        var harness = At(50f);

        var text = harness.Text("rate_limit_5h", ("format", "progress"), ("progress_width", 4L), ("characters", SegmentHarness.Table(("full", "ab"))));

        Assert.Equal("5h: ██░░ 50.0%", text);
        Assert.Equal(["segments.rate_limit_5h.characters.full: must be a single-cell character, found \"ab\"; using \"█\""], harness.Warnings);
    }

    [Fact]
    public void Empty_cells_are_dim_by_default()
    {
        Assert.Equal(
            [new TextRun("5h: ██", StyleRole.Warning), new TextRun("░░", StyleRole.Warning, Dim: true), new TextRun(" 50.0%", StyleRole.Warning)],
            At(50f).Render("rate_limit_5h", ("format", "progress"), ("progress_width", 4L))!.Runs);
    }

    [Fact]
    public void Dim_empty_off_keeps_one_run()
    {
        Assert.Equal(
            [new TextRun("5h: ██░░ 50.0%", StyleRole.Warning)],
            At(50f).Render("rate_limit_5h", ("format", "progress"), ("progress_width", 4L), ("dim_empty", false))!.Runs);
    }

    [Fact]
    public void Without_threshold_colour_the_bar_is_flat()
    {
        Assert.Equal(
            [new TextRun("5h: ██░░ 50.0%", StyleRole.Info)],
            At(50f).Render("rate_limit_5h", ("format", "progress"), ("progress_width", 4L), ("threshold_color", false))!.Runs);
    }
}
