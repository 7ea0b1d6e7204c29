using Linesmith.Config;
using Linesmith.Segments;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>
/// The rate-limit segments show an icon only when one is configured (docs/spec/edge-cases.md item 60,
/// docs/spec/rate-limit-segments.md: the original's Nerd Font defaults are not ours).
/// </summary>
public sealed class DefaultIconTests
{
    private static string? Render(string id, params (string Key, object? Value)[] settings)
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
        var table = new SettingsTable($"segments.{id}", SegmentHarness.Table(settings), harness.Problems);
        return SegmentTable.Find(id)!.Create(table).Render(harness.Context())?.PlainText;
    }

    [Theory]
    [InlineData("rate_limit_5h", "5h: 22.0%")]
    [InlineData("rate_limit_7d", "7d: 40.0%")]
    [InlineData("rate_limit_5h_reset", "5h reset: 45m")]
    [InlineData("rate_limit_7d_reset", "7d reset: 1d")]
    [InlineData("extra_usage", "extra: $40.00/$100.00")]
    [InlineData("rate_limit_7d_model", "Fable: 82.0%")]
    public void Without_a_configured_icon_there_is_none(string id, string expected)
    {
        Assert.Equal(expected, Render(id));
    }

    [Theory]
    [InlineData("rate_limit_5h", "\uF017 5h: 22.0%")]
    [InlineData("rate_limit_5h_reset", "↻ 5h reset: 45m")]
    [InlineData("rate_limit_7d_model", "\uF017 Fable: 82.0%")]
    public void A_configured_icon_comes_before_the_label(string id, string expected)
    {
        var icon = expected[..expected.IndexOf(' ', StringComparison.Ordinal)];

        Assert.Equal(expected, Render(id, ("icon", icon)));
    }
}
