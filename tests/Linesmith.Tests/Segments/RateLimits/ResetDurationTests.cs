using Linesmith.Segments;
using Linesmith.Segments.RateLimits;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>The <c>duration</c> reset format: docs/spec/rate-limit-segments.md "Reset segments", docs/spec/edge-cases.md item 63.</summary>
public sealed class ResetDurationTests
{
    [Fact]
    public void Item63_under_a_minute_is_less_than_one_minute()
    {
        Assert.Equal("<1m", ResetDuration.Format(TimeSpan.FromSeconds(30), compact: false, useDays: true));
    }

    [Fact]
    public void Item63_minutes_alone()
    {
        Assert.Equal("45m", ResetDuration.Format(TimeSpan.FromMinutes(45), compact: false, useDays: true));
    }

    [Fact]
    public void Item63_hours_and_minutes()
    {
        Assert.Equal("4hr 37m", ResetDuration.Format(new TimeSpan(4, 37, 59), compact: false, useDays: true));
    }

    [Fact]
    public void Item63_compact_hours_and_minutes()
    {
        Assert.Equal("4h37m", ResetDuration.Format(new TimeSpan(4, 37, 0), compact: true, useDays: true));
    }

    [Fact]
    public void Item63_days_drop_the_minutes()
    {
        Assert.Equal("1d 3hr", ResetDuration.Format(new TimeSpan(1, 3, 59, 0), compact: false, useDays: true));
    }

    [Fact]
    public void Compact_days()
    {
        Assert.Equal("1d3h", ResetDuration.Format(new TimeSpan(1, 3, 0, 0), compact: true, useDays: true));
    }

    [Fact]
    public void Whole_days_have_no_hours()
    {
        Assert.Equal("1d", ResetDuration.Format(new TimeSpan(1, 0, 40, 0), compact: false, useDays: true));
    }

    [Fact]
    public void Item63_without_days_hours_keep_counting()
    {
        Assert.Equal("27hr", ResetDuration.Format(TimeSpan.FromHours(27), compact: false, useDays: false));
    }

    [Fact]
    public void Item63_whole_hours()
    {
        Assert.Equal("3hr", ResetDuration.Format(TimeSpan.FromHours(3), compact: false, useDays: true));
    }

    [Fact]
    public void Compact_whole_hours()
    {
        Assert.Equal("3h", ResetDuration.Format(TimeSpan.FromHours(3), compact: true, useDays: true));
    }

    [Fact]
    public void Item63_days_are_capped_at_9999()
    {
        Assert.StartsWith("9999d", ResetDuration.Format(TimeSpan.FromDays(99_999), compact: false, useDays: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Item63_seven_day_reset_in_days_and_hours()
    {
        var harness = new SegmentHarness();
        var resetsAt = harness.NowInstant + new TimeSpan(4, 8, 12, 0);
        harness.Usage = UsageView.FromEndpoint(new UsageData(SevenDay: new UsageBucket(30f, resetsAt)));

        Assert.Equal("7d reset: 4d 8hr", harness.Text("rate_limit_7d_reset"));
    }

    [Fact]
    public void The_compact_key_reaches_the_segment()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + new TimeSpan(4, 37, 0))));

        Assert.Equal("5h reset: 4h37m", harness.Text("rate_limit_5h_reset", ("compact", true)));
    }

    [Fact]
    public void The_use_days_key_reaches_the_segment()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(SevenDay: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromHours(27))));

        Assert.Equal("7d reset: 27hr", harness.Text("rate_limit_7d_reset", ("use_days", false)));
    }

    [Fact]
    public void The_five_hour_reset_default_label()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(30f, harness.NowInstant + TimeSpan.FromMinutes(45))));

        Assert.Equal("5h reset: 45m", harness.Text("rate_limit_5h_reset"));
    }
}
