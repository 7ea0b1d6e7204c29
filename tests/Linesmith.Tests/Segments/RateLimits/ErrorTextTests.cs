using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>Errors render as <c>[icon ][label: ]&lt;bracket text&gt;</c>: docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 65.</summary>
public sealed class ErrorTextTests
{
    private static SegmentHarness Failing(string errorText) => new() { Usage = UsageView.Failed(errorText) };

    [Fact]
    public void Item65_five_hour_timeout()
    {
        Assert.Equal("5h: [Timeout]", Failing("[Timeout]").Text("rate_limit_5h"));
    }

    [Fact]
    public void Item65_seven_day_unauthorized()
    {
        Assert.Equal("7d: [Unauthorized]", Failing("[Unauthorized]").Text("rate_limit_7d"));
    }

    [Fact]
    public void Item65_seven_day_reset_rate_limited()
    {
        Assert.Equal("7d reset: [Rate limited]", Failing("[Rate limited]").Text("rate_limit_7d_reset"));
    }

    [Fact]
    public void Item65_extra_usage_shows_its_error()
    {
        Assert.Equal("extra: [Timeout]", Failing("[Timeout]").Text("extra_usage"));
    }

    [Fact]
    public void Item65_an_empty_label_leaves_the_bracket_text()
    {
        Assert.Equal("[Timeout]", Failing("[Timeout]").Text("rate_limit_5h", ("label", "")));
    }

    [Fact]
    public void Errors_keep_the_icon()
    {
        Assert.Equal("⏱ 5h: [Timeout]", Failing("[Timeout]").Text("rate_limit_5h", ("icon", "⏱")));
    }

    [Fact]
    public void Errors_never_carry_the_stale_marker()
    {
        Assert.Equal("5h: [No data]", Failing("[No data]").Text("rate_limit_5h", ("stale_marker", "*")));
    }

    [Fact]
    public void Errors_are_muted()
    {
        Assert.Equal(StyleRole.Muted, Failing("[Timeout]").Render("rate_limit_5h")!.Runs[0].Role);
    }

    [Fact]
    public void Five_hour_reset_shows_its_error()
    {
        Assert.Equal("5h reset: [Network error]", Failing("[Network error]").Text("rate_limit_5h_reset"));
    }
}
