using Linesmith.Config;
using Linesmith.Segments.RateLimits;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>
/// The original's default icons (docs/spec/rate-limit-segments.md), used by <see cref="RateLimitSegments.WithNerdFontIcons"/>; <see cref="RateLimitSegments.All"/>
/// shows an icon only when one is configured (docs/spec/edge-cases.md item 60).
/// </summary>
public sealed class DefaultIconTests
{
    private static string? Render(string id, bool nerdFont, params (string Key, object? Value)[] settings)
    {
        var harness = new SegmentHarness();
        harness.Usage = SegmentHarness.EndpointJson(
            """
            {"five_hour":{"utilization":22,"resets_at":"2025-07-15T19:45:00Z"},
             "seven_day":{"utilization":40,"resets_at":"2025-07-16T19:45:00Z"},
             "extra_usage":{"is_enabled":true,"utilization":10,"monthly_limit":10000,"used_credits":4000},
             "limits":[{"kind":"weekly_scoped","percent":82,"scope":{"model":{"display_name":"Fable"}}}]}
            """);
        harness.Payload = SegmentHarness.Stdin("""{"model":{"id":"claude-fable-5"}}""");
        var factories = nerdFont ? RateLimitSegments.WithNerdFontIcons : RateLimitSegments.All;
        var create = factories.Single(entry => entry.Id == id).Create;
        var table = new SettingsTable($"segments.{id}", SegmentHarness.Table(settings), harness.Problems);
        return create(table).Render(harness.Context())?.PlainText;
    }

    [Theory]
    [InlineData("rate_limit_5h", "\uF017 5h: 22.0%")]
    [InlineData("rate_limit_7d", "\uF073 7d: 40.0%")]
    [InlineData("rate_limit_5h_reset", "↻ 5h reset: 45m")]
    [InlineData("rate_limit_7d_reset", "7d reset: 1d")]
    [InlineData("extra_usage", "extra: $40.00/$100.00")]
    [InlineData("rate_limit_7d_model", "✧ Fable: 82.0%")]
    public void Nerd_font_icons_are_the_table_defaults(string id, string expected)
    {
        Assert.Equal(expected, Render(id, nerdFont: true));
    }

    [Fact]
    public void An_empty_icon_turns_the_default_off()
    {
        Assert.Equal("5h: 22.0%", Render("rate_limit_5h", nerdFont: true, ("icon", "")));
    }

    [Fact]
    public void Without_nerd_font_icons_there_is_no_default_icon()
    {
        Assert.Equal("5h: 22.0%", Render("rate_limit_5h", nerdFont: false));
    }

    [Fact]
    public void Both_lists_name_the_six_segments_in_order()
    {
        string[] ids = ["rate_limit_5h", "rate_limit_7d", "rate_limit_5h_reset", "rate_limit_7d_reset", "extra_usage", "rate_limit_7d_model"];

        Assert.Equal(ids, RateLimitSegments.All.Select(entry => entry.Id));
        Assert.Equal(ids, RateLimitSegments.WithNerdFontIcons.Select(entry => entry.Id));
    }

    [Fact]
    public void Each_factory_builds_the_segment_it_is_named_after()
    {
        var problems = new ConfigProblems();

        Assert.All(RateLimitSegments.All, entry => Assert.Equal(entry.Id, entry.Create(SettingsTable.Empty("segments." + entry.Id, problems)).Id));
    }

    [Fact]
    public void An_unknown_id_is_not_a_rate_limit_segment()
    {
        Assert.Null(RateLimitSegments.Create("model", SettingsTable.Empty("segments.model", new ConfigProblems())));
    }
}
