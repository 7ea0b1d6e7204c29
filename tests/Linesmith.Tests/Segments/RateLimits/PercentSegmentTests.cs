using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary><c>rate_limit_5h</c> / <c>rate_limit_7d</c> from endpoint data: docs/spec/rate-limit-segments.md "Percent segments", docs/spec/edge-cases.md item 60.</summary>
public sealed class PercentSegmentTests
{
    private const string FiveHour = "rate_limit_5h";

    private static readonly string[] AllIds =
        ["rate_limit_5h", "rate_limit_7d", "rate_limit_5h_reset", "rate_limit_7d_reset", "extra_usage", "rate_limit_7d_model"];

    private static SegmentHarness WithFiveHour(float utilization) => new()
    {
        Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(utilization))),
    };

    [Fact]
    public void Item60_percent_has_one_decimal()
    {
        Assert.Equal("5h: 22.0%", WithFiveHour(22f).Text(FiveHour));
    }

    [Fact]
    public void Item60_invert_shows_what_is_left()
    {
        Assert.Equal("5h: 78.0%", WithFiveHour(22f).Text(FiveHour, ("invert", true)));
    }

    [Fact]
    public void Item60_an_empty_label_drops_the_colon()
    {
        Assert.Equal("22.0%", WithFiveHour(22f).Text(FiveHour, ("label", "")));
    }

    [Fact]
    public void Item60_an_icon_comes_before_the_label()
    {
        Assert.Equal("⏱ 5h: 22.0%", WithFiveHour(22f).Text(FiveHour, ("icon", "⏱")));
    }

    [Fact]
    public void Item60_an_empty_bar_ends_in_zero_percent()
    {
        Assert.Equal("5h: ░░░░ 0.0%", WithFiveHour(0f).Text(FiveHour, ("format", "progress"), ("progress_width", 4L)));
    }

    [Fact]
    public void Item60_a_half_bar_ends_in_fifty_percent()
    {
        Assert.Equal("5h: ██░░ 50.0%", WithFiveHour(50f).Text(FiveHour, ("format", "progress"), ("progress_width", 4L)));
    }

    [Fact]
    public void Item60_a_full_bar_ends_in_one_hundred_percent()
    {
        Assert.Equal("5h: ████ 100.0%", WithFiveHour(100f).Text(FiveHour, ("format", "progress"), ("progress_width", 4L)));
    }

    [Fact]
    public void Item60_the_default_bar_is_twenty_cells()
    {
        Assert.Equal(
            "5h: ██████████░░░░░░░░░░ 50.0%",
            WithFiveHour(50f).Text(FiveHour, ("format", "progress")));
    }

    [Fact]
    public void Item60_width_zero_falls_back_to_percent()
    {
        Assert.Equal("5h: 50.0%", WithFiveHour(50f).Text(FiveHour, ("format", "progress"), ("progress_width", 0L)));
    }

    [Fact]
    public void An_inverted_bar_fills_with_what_is_left()
    {
        Assert.Equal(
            "5h: ███░ 75.0%",
            WithFiveHour(25f).Text(FiveHour, ("format", "progress"), ("progress_width", 4L), ("invert", true)));
    }

    [Fact]
    public void Seven_day_reads_its_own_bucket()
    {
        var harness = new SegmentHarness
        {
            Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(22f), SevenDay: new UsageBucket(64f))),
        };

        Assert.Equal("7d: 64.0%", harness.Text("rate_limit_7d"));
    }

    [Fact]
    public void A_null_bucket_hides()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(SevenDay: new UsageBucket(64f))) };

        Assert.Null(harness.Render(FiveHour));
    }

    [Fact]
    public void Five_hour_never_reads_extra_usage()
    {
        var harness = new SegmentHarness
        {
            Usage = UsageView.FromEndpoint(new UsageData(ExtraUsage: new ExtraUsage(true, 42.5f, 100, 40, "USD"))),
        };

        Assert.Null(harness.Render(FiveHour));
    }

    [Fact]
    public void A_plain_value_is_a_single_run()
    {
        Assert.Single(WithFiveHour(22f).Render(FiveHour)!.Runs);
    }

    [Fact]
    public void The_two_windows_outlive_cost_branch_and_workspace_and_the_rest_keep_priority_96()
    {
        Assert.Equal(34, Linesmith.Segments.SegmentTable.Find("rate_limit_5h")!.DefaultPriority);
        Assert.Equal(36, Linesmith.Segments.SegmentTable.Find("rate_limit_7d")!.DefaultPriority);
        Assert.All(
            AllIds.Where(id => id is not ("rate_limit_5h" or "rate_limit_7d")),
            id => Assert.Equal(96, Linesmith.Segments.SegmentTable.Find(id)!.DefaultPriority));
    }
}
