using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>When a reset segment hides: docs/spec/rate-limit-segments.md "Reset segments", docs/spec/edge-cases.md item 67 (JSONL cases in <see cref="JsonlModeTests"/>).</summary>
public sealed class ResetVisibilityTests
{
    [Fact]
    public void Item67_a_past_reset_hides()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant - TimeSpan.FromMinutes(1))));

        Assert.Null(harness.Render("rate_limit_5h_reset"));
    }

    [Fact]
    public void A_reset_exactly_now_hides()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant)));

        Assert.Null(harness.Render("rate_limit_5h_reset"));
    }

    [Fact]
    public void Item67_a_null_resets_at_hides()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f))) };

        Assert.Null(harness.Render("rate_limit_5h_reset"));
    }

    [Fact]
    public void Item67_an_absent_bucket_hides()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromHours(1))));

        Assert.Null(harness.Render("rate_limit_7d_reset"));
    }

    [Fact]
    public void The_reset_follows_the_clock()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromHours(2))));
        harness.Clock.Advance(TimeSpan.FromMinutes(75));

        Assert.Equal("5h reset: 45m", harness.Text("rate_limit_5h_reset"));
    }
}
