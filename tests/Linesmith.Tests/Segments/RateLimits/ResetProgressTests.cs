using System.Globalization;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>The reset <c>progress</c> format, the elapsed share of the window: docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 68.</summary>
public sealed class ResetProgressTests
{
    private static double ElapsedPercent(string id, TimeSpan left)
    {
        var harness = new SegmentHarness();
        var bucket = new UsageBucket(30f, harness.NowInstant + left);
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: bucket, SevenDay: bucket));
        var text = harness.Text(id, ("format", "progress"), ("label", ""))!;
        return double.Parse(text[(text.LastIndexOf(' ') + 1)..^1], CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Item68_thirty_minutes_left_of_five_hours_is_about_ninety_percent()
    {
        Assert.InRange(ElapsedPercent("rate_limit_5h_reset", TimeSpan.FromMinutes(30)), 88, 92);
    }

    [Fact]
    public void Item68_four_hours_left_of_seven_days_is_about_ninety_seven_percent()
    {
        Assert.InRange(ElapsedPercent("rate_limit_7d_reset", TimeSpan.FromHours(4)), 97, 98);
    }

    [Fact]
    public void The_bar_shows_the_elapsed_share()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromMinutes(30))));

        Assert.Equal("5h reset: █████████░ 90.0%", harness.Text("rate_limit_5h_reset", ("format", "progress"), ("progress_width", 10L)));
    }

    [Fact]
    public void More_time_left_than_the_window_is_zero_percent()
    {
        Assert.Equal(0, ElapsedPercent("rate_limit_5h_reset", TimeSpan.FromHours(6)));
    }

    [Fact]
    public void The_empty_cells_are_dim()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromMinutes(150))));

        var runs = harness.Render("rate_limit_5h_reset", ("format", "progress"), ("progress_width", 4L))!.Runs;

        Assert.Equal(
            [new TextRun("5h reset: ██", StyleRole.Info), new TextRun("░░", StyleRole.Info, Dim: true), new TextRun(" 50.0%", StyleRole.Info)],
            runs);
    }
}
