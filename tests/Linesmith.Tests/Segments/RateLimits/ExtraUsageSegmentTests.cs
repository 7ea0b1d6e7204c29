using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>
/// <c>extra_usage</c>: docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 64, and docs/spec/decisions.md#d8-money-is-in-minor-units (issue 12 item 3): the endpoint's
/// amounts are minor units, scaled by <c>decimal_places</c> (2 when absent); no monthly limit is no cap;
/// the <c>spend</c> object wins when it is there.
/// </summary>
public sealed class ExtraUsageSegmentTests
{
    private static SegmentHarness With(ExtraUsage? extra, string? spend = null) => new()
    {
        Usage = spend is null
            ? UsageView.FromEndpoint(new UsageData(ExtraUsage: extra))
            : SegmentHarness.EndpointJson($$"""{"spend": {{spend}}}""") is { Data: { } data }
                ? UsageView.FromEndpoint(data with { ExtraUsage = extra })
                : throw new InvalidOperationException(),
    };

    private const string Spend4000Of10000 = """{"used": {"amount_minor": 4000, "currency": "USD", "exponent": 2}, "limit": {"amount_minor": 10000, "currency": "USD", "exponent": 2}, "cap": null, "balance": null, "percent": 40, "disclaimer": "x"}""";

    [Fact]
    public void The_sample_cache_values_are_cents_forty_dollars_of_a_hundred()
    {
        Assert.Equal("extra: $40.00/$100.00", With(new ExtraUsage(true, 40f, 10000, 4000, "USD")).Text("extra_usage"));
    }

    [Fact]
    public void No_currency_is_dollars()
    {
        Assert.Equal("extra: $12.50/$20.00", With(new ExtraUsage(true, null, 2000, 1250, null)).Text("extra_usage"));
    }

    [Fact]
    public void Another_currency_shows_its_code_as_codexbar_reports_it()
    {
        // steipete/CodexBar PR #1114: used_credits 763, monthly_limit 2000, EUR is EUR 7.63 of 20.00.
        Assert.Equal("extra: EUR 7.63/EUR 20.00", With(new ExtraUsage(true, 38.15f, 2000, 763, "EUR")).Text("extra_usage"));
    }

    [Fact]
    public void Decimal_places_scale_the_amounts()
    {
        // NousResearch/hermes-agent PR #94883: 30000 and 10587 with decimal_places 2 are $300.00 and $105.87.
        Assert.Equal("extra: $105.87/$300.00", With(new ExtraUsage(true, null, 30000, 10587, "USD", 2)).Text("extra_usage"));
        Assert.Equal("extra: JPY 500/JPY 1000", With(new ExtraUsage(true, null, 1000, 500, "JPY", 0)).Text("extra_usage"));
        Assert.Equal("extra: BHD 1.234/BHD 5.000", With(new ExtraUsage(true, null, 5000, 1234, "BHD", 3)).Text("extra_usage"));
    }

    [Fact]
    public void A_null_monthly_limit_is_no_cap()
    {
        Assert.Equal("extra: $40.00", With(new ExtraUsage(true, null, null, 4000, "USD")).Text("extra_usage"));
    }

    [Fact]
    public void More_used_than_the_limit_shows_both_as_they_are()
    {
        Assert.Equal("extra: $150.00/$100.00", With(new ExtraUsage(true, null, 10000, 15000, null)).Text("extra_usage"));
    }

    [Fact]
    public void Without_a_used_amount_it_falls_back_to_utilization()
    {
        Assert.Equal("extra: 42.5%", With(new ExtraUsage(true, 42.5f, 10000, null, null)).Text("extra_usage"));
    }

    [Fact]
    public void The_spend_object_wins_with_its_own_currency_and_limit()
    {
        Assert.Equal("extra: $40.00/$100.00", With(new ExtraUsage(true, 12f, 999, 111, "USD"), Spend4000Of10000).Text("extra_usage"));
        Assert.Equal(
            "extra: GBP 7.63",
            With(new ExtraUsage(true), """{"used": {"amount_minor": 763, "currency": "GBP", "exponent": 2}, "limit": null}""").Text("extra_usage"));
    }

    [Fact]
    public void An_enabled_spend_shows_without_extra_usage()
    {
        Assert.Equal(
            "extra: $1.00",
            With(null, """{"enabled": true, "used": {"amount_minor": 100, "currency": "USD", "exponent": 2}}""").Text("extra_usage"));
        Assert.Null(With(null, """{"used": {"amount_minor": 100, "currency": "USD", "exponent": 2}}""").Render("extra_usage"));
    }

    public static TheoryData<string> UnusableSpends => new()
    {
        "null",
        "[]",
        "\"$5\"",
        """{"used": null}""",
        """{"used": {"amount_minor": -1, "currency": "USD", "exponent": 2}}""",
        """{"used": {"amount_minor": 1e13, "currency": "USD", "exponent": 2}}""",
        """{"used": {"amount_minor": "4000", "currency": "USD", "exponent": 2}}""",
        """{"used": {"amount_minor": 4000, "currency": "USD"}}""",
        """{"used": {"amount_minor": 4000, "currency": "USD", "exponent": -1}}""",
        """{"used": {"amount_minor": 4000, "currency": "USD", "exponent": 5}}""",
        """{"used": {"amount_minor": 4000, "currency": "USD", "exponent": 2.5}}""",
        """{"used": {"amount_minor": 4000, "currency": "usd", "exponent": 2}}""",
        """{"used": {"amount_minor": 4000, "currency": "\u001b[31m", "exponent": 2}}""",
        """{"used": {"amount_minor": 4000, "currency": null, "exponent": 2}}""",
    };

    [Theory]
    [MemberData(nameof(UnusableSpends))]
    public void An_unusable_spend_falls_back_to_extra_usage(string spend)
    {
        Assert.Equal("extra: $40.00/$100.00", With(new ExtraUsage(true, 40f, 10000, 4000, null), spend).Text("extra_usage"));
    }

    [Fact]
    public void An_unusable_spend_limit_is_no_cap()
    {
        Assert.Equal(
            "extra: $40.00",
            With(new ExtraUsage(true), """{"used": {"amount_minor": 4000, "currency": "USD", "exponent": 2}, "limit": {"amount_minor": -5}}""").Text("extra_usage"));
    }

    [Fact]
    public void Item64_no_data_hides()
    {
        Assert.Null(With(new ExtraUsage(true)).Render("extra_usage"));
    }

    [Fact]
    public void Absent_extra_usage_hides()
    {
        Assert.Null(With(null).Render("extra_usage"));
    }

    [Fact]
    public void Disabled_extra_usage_hides()
    {
        Assert.Null(With(new ExtraUsage(false, 40f, 10000, 4000, null)).Render("extra_usage"));
    }

    [Fact]
    public void Unknown_enabled_state_hides()
    {
        Assert.Null(With(new ExtraUsage(null, 40f, 10000, 4000, null)).Render("extra_usage"));
    }

    [Fact]
    public void Percent_format_shows_utilization()
    {
        Assert.Equal("extra: 40.0%", With(new ExtraUsage(true, 40f, 10000, 4000, null)).Text("extra_usage", ("format", "percent")));
    }

    [Fact]
    public void Percent_format_without_utilization_hides()
    {
        Assert.Null(With(new ExtraUsage(true, null, 10000, 4000, null)).Render("extra_usage", ("format", "percent")));
    }

    [Fact]
    public void Old_data_carries_the_stale_marker()
    {
        var harness = new SegmentHarness { Usage = UsageView.FromEndpoint(new UsageData(ExtraUsage: new ExtraUsage(true, 40f, 10000, 4000, null)), stale: true) };

        Assert.Equal("~extra: $40.00/$100.00", harness.Text("extra_usage"));
    }
}
