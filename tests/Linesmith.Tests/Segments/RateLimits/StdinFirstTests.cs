using Linesmith.Input.Payload;
using Linesmith.Segments;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>docs/spec/decisions.md#d2-stdin-first: stdin's <c>rate_limits</c> first; the usage cascade only for what stdin lacks.</summary>
public sealed class StdinFirstTests
{
    private const string BothWindows = """
        {"rate_limits":{"five_hour":{"used_percentage":22,"resets_at":1752616620},
                        "seven_day":{"used_percentage":41.5,"resets_at":1752984000}}}
        """;

    private static SegmentHarness FromStdin(string json) => new()
    {
        Payload = SegmentHarness.Stdin(json),
        Usage = UsageView.Failed("[Timeout]"),
    };

    [Fact]
    public void Five_hour_percent_comes_from_stdin()
    {
        Assert.Equal("5h: 22.0%", FromStdin(BothWindows).Text("rate_limit_5h"));
    }

    [Fact]
    public void Seven_day_percent_comes_from_stdin()
    {
        Assert.Equal("7d: 41.5%", FromStdin(BothWindows).Text("rate_limit_7d"));
    }

    [Fact]
    public void Five_hour_reset_comes_from_stdin()
    {
        // resets_at 1752616620 is 2025-07-15 21:57 UTC, 2 h 57 min after the harness's now.
        Assert.Equal("5h reset: 2hr 57m", FromStdin(BothWindows).Text("rate_limit_5h_reset"));
    }

    [Fact]
    public void A_stdin_only_render_never_evaluates_the_usage_cascade()
    {
        var harness = FromStdin(BothWindows);
        var context = harness.Context();

        foreach (var id in new[] { "rate_limit_5h", "rate_limit_7d", "rate_limit_5h_reset", "rate_limit_7d_reset" })
        {
            Assert.NotNull(harness.Build(id).Render(context));
        }

        Assert.Equal(0, harness.UsageEvaluations);
    }

    [Fact]
    public void A_window_missing_from_stdin_asks_the_cascade()
    {
        var harness = FromStdin("""{"rate_limits":{"five_hour":{"used_percentage":22}}}""");

        Assert.Equal("7d: [Timeout]", harness.Text("rate_limit_7d"));
        Assert.Equal(1, harness.UsageEvaluations);
    }

    [Fact]
    public void A_stdin_window_without_resets_at_asks_the_cascade_for_the_reset()
    {
        var harness = FromStdin("""{"rate_limits":{"five_hour":{"used_percentage":22}}}""");

        Assert.Equal("5h reset: [Timeout]", harness.Text("rate_limit_5h_reset"));
    }

    [Fact]
    public void Stdin_above_one_hundred_is_clamped()
    {
        Assert.Equal(
            "5h: 100.0%",
            FromStdin("""{"rate_limits":{"five_hour":{"used_percentage":104.2}}}""").Text("rate_limit_5h"));
    }

    [Fact]
    public void Stdin_above_one_hundred_inverts_to_zero()
    {
        Assert.Equal(
            "5h: 0.0%",
            FromStdin("""{"rate_limits":{"five_hour":{"used_percentage":104.2}}}""").Text("rate_limit_5h", ("invert", true)));
    }

    [Fact]
    public void A_past_stdin_reset_hides_without_asking_the_cascade()
    {
        var harness = FromStdin("""{"rate_limits":{"five_hour":{"used_percentage":22,"resets_at":1752000000}}}""");

        Assert.Null(harness.Render("rate_limit_5h_reset"));
        Assert.Equal(0, harness.UsageEvaluations);
    }

    [Fact]
    public void Extra_usage_always_asks_the_cascade()
    {
        var harness = FromStdin(BothWindows);

        Assert.Equal("extra: [Timeout]", harness.Text("extra_usage"));
        Assert.Equal(1, harness.UsageEvaluations);
    }

    [Fact]
    public void Stdin_records_built_in_code_read_the_same()
    {
        var harness = new SegmentHarness
        {
            Payload = new StatusPayload { RateLimits = new RateLimitsInfo { FiveHour = new RateWindowInfo { UsedPercentage = 63 } } },
        };

        Assert.Equal("5h: 63.0%", harness.Text("rate_limit_5h"));
    }
}
