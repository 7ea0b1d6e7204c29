using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>The threshold colour from the raw utilization: docs/spec/rate-limit-segments.md "Threshold colour".</summary>
public sealed class ThresholdColourTests
{
    private static StyleRole RoleOf(float utilization, params (string Key, object? Value)[] settings)
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(utilization))) };
        return harness.Render("rate_limit_5h", settings)!.Runs[0].Role;
    }

    [Fact]
    public void Below_green_is_success()
    {
        Assert.Equal(StyleRole.Success, RoleOf(49.9f));
    }

    [Fact]
    public void At_green_is_warning()
    {
        Assert.Equal(StyleRole.Warning, RoleOf(50f));
    }

    [Fact]
    public void At_yellow_is_critical()
    {
        Assert.Equal(StyleRole.Critical, RoleOf(80f));
    }

    [Fact]
    public void Invert_keeps_the_colour_of_the_raw_value()
    {
        Assert.Equal(StyleRole.Critical, RoleOf(90f, ("invert", true)));
    }

    [Fact]
    public void Threshold_colour_off_is_info()
    {
        Assert.Equal(StyleRole.Info, RoleOf(90f, ("threshold_color", false)));
    }

    [Fact]
    public void Configured_thresholds_move_the_colours()
    {
        Assert.Equal(StyleRole.Critical, RoleOf(30f, ("thresholds", SegmentHarness.Table(("green", 10L), ("yellow", 25.5)))));
    }

    [Fact]
    public void Green_above_yellow_ignores_both()
    {
        Assert.Equal(StyleRole.Success, RoleOf(30f, ("thresholds", SegmentHarness.Table(("green", 90L), ("yellow", 20L)))));
    }

    [Fact]
    public void A_threshold_above_one_hundred_ignores_both()
    {
        Assert.Equal(StyleRole.Warning, RoleOf(60f, ("thresholds", SegmentHarness.Table(("green", 40L), ("yellow", 101L)))));
    }

    [Fact]
    public void Invalid_thresholds_warn()
    {
        var harness = new SegmentHarness();

        harness.Build("rate_limit_5h", ("thresholds", SegmentHarness.Table(("green", 90L), ("yellow", 20L))));

        Assert.Equal(
            ["segments.rate_limit_5h.thresholds.yellow: must not be below green (90), found 20; using 50 and 80"],
            harness.Warnings);
    }

    [Fact]
    public void The_label_and_value_share_the_role()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(90f))) };

        Assert.Equal([new TextRun("5h: 90.0%", StyleRole.Critical)], harness.Render("rate_limit_5h")!.Runs);
    }
}
