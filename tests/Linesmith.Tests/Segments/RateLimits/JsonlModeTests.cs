using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>Token estimates from the transcripts: docs/spec/rate-limit-segments.md "JSONL mode", docs/spec/edge-cases.md items 61 and 67.</summary>
public sealed class JsonlModeTests
{
    private static SegmentHarness WithJsonl(ulong? fiveHour, ulong sevenDay, TimeSpan? blockLeft = null)
    {
        var harness = new SegmentHarness();
        var endsAt = blockLeft is { } left ? harness.NowInstant + left : (DateTimeOffset?)null;
        harness.Usage = UsageView.FromJsonl(new JsonlEstimate(fiveHour, endsAt, sevenDay));
        return harness;
    }

    [Fact]
    public void Item61_five_hour_shows_the_block_total_with_the_marker()
    {
        Assert.Equal("~5h: 420k", WithJsonl(420_000, 0).Text("rate_limit_5h"));
    }

    [Fact]
    public void Item61_millions_have_one_decimal()
    {
        Assert.Equal("~5h: 1.2M", WithJsonl(1_234_567, 0).Text("rate_limit_5h"));
    }

    [Fact]
    public void Item61_an_empty_marker_shows_none()
    {
        Assert.Equal("5h: 420k", WithJsonl(420_000, 0).Text("rate_limit_5h", ("stale_marker", "")));
    }

    [Fact]
    public void Item61_invert_and_progress_are_ignored()
    {
        Assert.Equal(
            "~5h: 1.2M",
            WithJsonl(1_234_567, 0).Text("rate_limit_5h", ("invert", true), ("format", "progress"), ("progress_width", 4L)));
    }

    [Fact]
    public void Item61_seven_day_shows_even_at_zero()
    {
        Assert.Equal("~7d: 0", WithJsonl(null, 0).Text("rate_limit_7d"));
    }

    [Fact]
    public void Item61_no_active_block_hides_five_hour()
    {
        Assert.Null(WithJsonl(null, 5_000).Render("rate_limit_5h"));
    }

    [Fact]
    public void Jsonl_values_have_no_threshold_colour()
    {
        Assert.Equal(StyleRole.Info, WithJsonl(420_000, 0).Render("rate_limit_5h")!.Runs[0].Role);
    }

    [Fact]
    public void Item67_five_hour_reset_shows_the_block_end_with_the_marker()
    {
        Assert.Equal(
            "~5h reset: 4hr 37m",
            WithJsonl(420_000, 0, TimeSpan.FromMinutes(277)).Text("rate_limit_5h_reset"));
    }

    [Fact]
    public void Item67_a_past_block_end_hides()
    {
        Assert.Null(WithJsonl(420_000, 0, TimeSpan.FromMinutes(-1)).Render("rate_limit_5h_reset"));
    }

    [Fact]
    public void Item67_seven_day_reset_always_hides_under_jsonl()
    {
        Assert.Null(WithJsonl(420_000, 9_000_000, TimeSpan.FromMinutes(277)).Render("rate_limit_7d_reset"));
    }

    [Fact]
    public void Item66_an_absolute_jsonl_reset_keeps_the_marker()
    {
        Assert.Equal(
            "~5h reset: 23:37 UTC",
            WithJsonl(420_000, 0, TimeSpan.FromMinutes(277)).Text("rate_limit_5h_reset", ("format", "absolute")));
    }

    [Fact]
    public void Extra_usage_hides_under_jsonl()
    {
        Assert.Null(WithJsonl(420_000, 0).Render("extra_usage"));
    }

    [Fact]
    public void Item71_the_model_limit_hides_under_jsonl_without_a_marker()
    {
        Assert.Null(WithJsonl(420_000, 0).Render("rate_limit_7d_model", ("label", "7dm"), ("visibility", "always")));
    }
}
