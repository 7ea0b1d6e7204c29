using System.Globalization;
using Linesmith.Segments;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>
/// Decisions 9 and 10 (issue 12 items 4 and 5): a window past its <c>resets_at</c> shows 0, from
/// stdin, cache and stale cache alike, for every window; data older than <c>stale_after</c> carries
/// the stale marker. The clock is the harness's manual one (2025-07-15 19:00 UTC).
/// </summary>
public sealed class ResetAndStaleTests
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse(SegmentHarness.Now, CultureInfo.InvariantCulture);

    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(15);

    /// <summary>Resets relative to now: a second ago, right now, a year ago; and a second ahead, which is still current.</summary>
    public static TheoryData<double, bool> Offsets => new()
    {
        { -1, true },
        { 0, true },
        { -365 * 86_400, true },
        { 1, false },
        { 3 * 3600, false },
    };

    private static string Stdin(double offsetSeconds) =>
        "{\"rate_limits\":{\"five_hour\":{\"used_percentage\":22.4,\"resets_at\":" + Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)
        + "},\"seven_day\":{\"used_percentage\":61,\"resets_at\":" + Now.AddSeconds(offsetSeconds).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + "}}}";

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_stdin_window_past_its_reset_shows_0(double offset, bool reset)
    {
        var harness = new SegmentHarness { Payload = SegmentHarness.Stdin(Stdin(offset)) };

        Assert.Equal(reset ? "5h: 0.0%" : "5h: 22.4%", harness.Text("rate_limit_5h"));
        Assert.Equal(reset ? "7d: 0.0%" : "7d: 61.0%", harness.Text("rate_limit_7d"));
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_cached_window_past_its_reset_shows_0_fresh_or_stale(double offset, bool reset)
    {
        var resetsAt = Now.AddSeconds(offset);
        var data = new UsageData(new UsageBucket(22.4f, resetsAt), new UsageBucket(61f, resetsAt));
        foreach (var stale in new[] { false, true })
        {
            var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(data, stale) };
            var marker = stale ? "~" : string.Empty;

            Assert.Equal(marker + (reset ? "5h: 0.0%" : "5h: 22.4%"), harness.Text("rate_limit_5h"));
            Assert.Equal(marker + (reset ? "7d: 0.0%" : "7d: 61.0%"), harness.Text("rate_limit_7d"));
            Assert.Equal(reset, harness.Render("rate_limit_5h_reset") is null);
        }
    }

    [Theory]
    [MemberData(nameof(Offsets))]
    public void A_model_limit_past_its_reset_shows_0(double offset, bool reset)
    {
        var limit = new UsageLimit(LimitKind.WeeklyScoped, 82f, Now.AddSeconds(offset), new LimitScope(new LimitModel("Fable", null)), LimitSeverity.Warning);
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(Limits: [limit])) };

        Assert.Equal(reset ? "Fable: 0.0%" : "Fable: 82.0%", harness.Text("rate_limit_7d_model", ("visibility", "always")));
    }

    [Fact]
    public void A_window_without_a_reset_time_keeps_its_value()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(new UsageBucket(22.4f))) };

        Assert.Equal("5h: 22.4%", harness.Text("rate_limit_5h"));
    }

    [Fact]
    public void The_reset_percentage_is_0_in_every_display()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(new UsageBucket(90f, Now.AddMinutes(-1)))) };

        Assert.Equal("5h: 100.0%", harness.Text("rate_limit_5h", ("invert", true)));
        Assert.Equal("5h: ░░░░ 0.0%", harness.Text("rate_limit_5h", ("format", "progress"), ("progress_width", 4L)));
    }

    public static TheoryData<double, bool> Ages => new()
    {
        { 0, false },
        { 899, false },
        { 900, false },
        { 901, true },
        { 225 * 86_400, true },
        { -1, true },
    };

    [Theory]
    [MemberData(nameof(Ages))]
    public void Data_older_than_stale_after_is_marked(double ageSeconds, bool stale)
    {
        var data = new UsageData(new UsageBucket(42f, Now.AddHours(3)));
        var result = new UsageResult(UsageSource.Stale, data, Now.AddSeconds(-ageSeconds));

        var view = UsageView.From(result, Now, StaleAfter);

        Assert.Equal(stale, view.Stale);
        Assert.Equal(stale ? "~5h: 42.0%" : "5h: 42.0%", new SegmentHarness { Usage = view }.Text("rate_limit_5h"));
        Assert.Equal(stale ? "~5h reset: 3hr" : "5h reset: 3hr", new SegmentHarness { Usage = view }.Text("rate_limit_5h_reset"));
    }

    [Fact]
    public void Stdin_windows_are_never_marked_even_beside_old_cache_data()
    {
        var old = UsageView.FromEndpoint(new UsageData(new UsageBucket(42f)), stale: true);
        var harness = new SegmentHarness { Payload = SegmentHarness.Stdin(Stdin(3600)), Usage = old };

        Assert.Equal("5h: 22.4%", harness.Text("rate_limit_5h"));
    }

    [Fact]
    public void Errors_never_carry_the_marker()
    {
        Assert.Equal("5h: [Timeout]", new SegmentHarness { Usage = UsageView.Failed("[Timeout]") }.Text("rate_limit_5h"));
    }

    [Fact]
    public void Freshly_fetched_data_is_not_marked()
    {
        var result = new UsageResult(UsageSource.Endpoint, new UsageData(new UsageBucket(42f)), Now);

        Assert.False(UsageView.From(result, Now, StaleAfter).Stale);
    }
}
