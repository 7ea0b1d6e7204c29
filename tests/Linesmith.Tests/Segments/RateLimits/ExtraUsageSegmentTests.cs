using Linesmith.Segments;
using Linesmith.Segments.RateLimits;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary><c>extra_usage</c>: docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 64.</summary>
public sealed class ExtraUsageSegmentTests
{
    private static SegmentHarness With(ExtraUsage? extra) => new()
    {
        Usage = UsageView.FromEndpoint(new CachedData(ExtraUsage: extra)),
    };

    [Fact]
    public void Item64_no_currency_is_dollars()
    {
        Assert.Equal("$12.50", CurrencyAmount.Format(12.5, null));
    }

    [Fact]
    public void Item64_usd_is_dollars()
    {
        Assert.Equal("$12.50", CurrencyAmount.Format(12.5, "USD"));
    }

    [Fact]
    public void Item64_another_currency_shows_its_code()
    {
        Assert.Equal("EUR 12.50", CurrencyAmount.Format(12.5, "EUR"));
    }

    [Fact]
    public void Item64_more_used_than_the_limit_is_zero()
    {
        Assert.Equal("$0.00", CurrencyAmount.Format(CurrencyAmount.Remaining(10, 15), null));
    }

    [Fact]
    public void Item64_the_segment_shows_what_is_left()
    {
        Assert.Equal("extra: $60.00", With(new ExtraUsage(true, 40f, 100, 40, null)).Text("extra_usage"));
    }

    [Fact]
    public void Item64_the_segment_shows_a_currency_code()
    {
        Assert.Equal("extra: EUR 60.00", With(new ExtraUsage(true, 40f, 100, 40, "EUR")).Text("extra_usage"));
    }

    [Fact]
    public void Item64_without_amounts_it_falls_back_to_utilization()
    {
        Assert.Equal("extra: 42.5%", With(new ExtraUsage(true, 42.5f, null, 40, null)).Text("extra_usage"));
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
        Assert.Null(With(new ExtraUsage(false, 40f, 100, 40, null)).Render("extra_usage"));
    }

    [Fact]
    public void Unknown_enabled_state_hides()
    {
        Assert.Null(With(new ExtraUsage(null, 40f, 100, 40, null)).Render("extra_usage"));
    }

    [Fact]
    public void Percent_format_shows_utilization()
    {
        Assert.Equal("extra: 40.0%", With(new ExtraUsage(true, 40f, 100, 40, null)).Text("extra_usage", ("format", "percent")));
    }

    [Fact]
    public void Percent_format_without_utilization_hides()
    {
        Assert.Null(With(new ExtraUsage(true, null, 100, 40, null)).Render("extra_usage", ("format", "percent")));
    }
}
