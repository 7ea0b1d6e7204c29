using System.Text;
using System.Text.Json;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>The endpoint's body: docs/spec/usage-endpoint.md#response and docs/spec/edge-cases.md items 23-27.</summary>
public sealed class UsageApiParserTests
{
    private static UsageApiResponse Parse(string json)
    {
        var response = UsageApiParser.TryParse(Encoding.UTF8.GetBytes(json), out var problem);
        Assert.True(response is not null, problem);
        return response!;
    }

    private static string? Problem(string json)
    {
        Assert.Null(UsageApiParser.TryParse(Encoding.UTF8.GetBytes(json), out var problem));
        return problem;
    }

    [Fact]
    public void Item23_live_capture_parses_with_four_unknown_buckets()
    {
        var response = Parse(Golden.Text("endpoint-live-capture.json"));

        Assert.Equal(22f, response.FiveHour!.Utilization);
        Assert.Equal(35f, response.SevenDay!.Utilization);
        Assert.Null(response.SevenDayOpus);
        Assert.Null(response.SevenDayOauthApps);
        Assert.Equal(0f, response.SevenDaySonnet!.Utilization);
        Assert.Null(response.SevenDaySonnet.ResetsAt);
        Assert.Equal(new ExtraUsage(false, null, null, null, null), response.ExtraUsage);
        Assert.Equal(["iguana_necktie", "omelette_promotional", "seven_day_cowork", "tangelo"], response.UnknownBuckets!.Keys.Order());
        Assert.Null(response.Limits);
    }

    [Fact]
    public void Item24_an_empty_object_is_a_valid_all_empty_response()
    {
        var response = Parse("{}");

        Assert.Null(response.FiveHour);
        Assert.Null(response.ExtraUsage);
        Assert.Null(response.Limits);
        Assert.True(response.UnknownBuckets is null || response.UnknownBuckets.Count == 0);
    }

    [Theory]
    [InlineData("150.5", 100f)]
    [InlineData("-5", 0f)]
    [InlineData("42", 42f)]
    [InlineData("1e400", -1f)]
    public void Item24_utilization_is_clamped_to_0_100(string utilization, float expected)
    {
        var json = $$$"""{"five_hour": {"utilization": {{{utilization}}}, "resets_at": null}}""";
        if (expected < 0)
        {
            Assert.NotNull(Problem(json));
            return;
        }

        Assert.Equal(expected, Parse(json).FiveHour!.Utilization);
    }

    [Theory]
    [InlineData("""{"five_hour": {"utilization": "hello"}}""")]
    [InlineData("""{"five_hour": {"resets_at": null}}""")]
    [InlineData("""{"five_hour": {"utilization": null}}""")]
    [InlineData("""{"five_hour": 5}""")]
    [InlineData("""{"five_hour": {"utilization": 5, "resets_at": "soon"}}""")]
    [InlineData("""{"extra_usage": {"utilization": "NaN"}}""")]
    [InlineData("""[]""")]
    [InlineData("""null""")]
    [InlineData("""{"five_hour": """)]
    [InlineData("<html>502 Bad Gateway</html>")]
    public void Item24_a_bad_known_field_fails_the_whole_response(string json)
    {
        Assert.NotNull(Problem(json));
    }

    [Fact]
    public void Item24_null_resets_at_is_accepted()
    {
        Assert.Null(Parse("""{"seven_day": {"utilization": 3, "resets_at": null}}""").SevenDay!.ResetsAt);
    }

    [Fact]
    public void An_empty_body_and_an_oversized_body_are_parse_errors()
    {
        Assert.Equal("empty body", Problem(""));
        var huge = "{\"pad\": \"" + new string('x', UsageApiParser.MaxBodyBytes) + "\"}";
        Assert.Contains("larger than", Problem(huge), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("250", 100f)]
    [InlineData("42.5", 42.5f)]
    public void Item25_extra_usage_utilization_is_optional_and_clamped(string utilization, float? expected)
    {
        var response = Parse($$$"""{"extra_usage": {"is_enabled": true, "utilization": {{{utilization}}}}}""");

        Assert.Equal(expected, response.ExtraUsage!.Utilization);
    }

    [Theory]
    [InlineData("null", null)]
    [InlineData("0", 0.0)]
    [InlineData("763", 763.0)]
    [InlineData("1e12", 1e12)]
    [InlineData("-1", null)]
    [InlineData("1.5e12", null)]
    [InlineData("9223372036854775807", null)]
    [InlineData("1e308", null)]
    public void An_amount_outside_its_range_reads_as_absent_and_the_rest_of_the_body_stays(string amount, double? expected)
    {
        var response = Parse($$$"""{"five_hour": {"utilization": 5}, "extra_usage": {"is_enabled": true, "monthly_limit": {{{amount}}}, "used_credits": {{{amount}}}}}""");

        Assert.Equal(expected, response.ExtraUsage!.MonthlyLimit);
        Assert.Equal(expected, response.ExtraUsage.UsedCredits);
        Assert.Equal(5f, response.FiveHour!.Utilization);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("2", 2)]
    [InlineData("4", 4)]
    [InlineData("null", null)]
    [InlineData("-1", null)]
    [InlineData("5", null)]
    [InlineData("2.5", null)]
    [InlineData("1e3", null)]
    [InlineData("2147483648", null)]
    [InlineData("9223372036854775807", null)]
    [InlineData("\"2\"", null)]
    [InlineData("true", null)]
    [InlineData("{\"a\": [1, {}]}", null)]
    [InlineData("[2]", null)]
    public void Decimal_places_outside_0_to_4_read_as_absent_and_never_cost_the_body(string places, int? expected)
    {
        var response = Parse($$$"""{"extra_usage": {"is_enabled": true, "decimal_places": {{{places}}}, "used_credits": 763, "currency": "EUR"}, "five_hour": {"utilization": 5}}""");

        Assert.Equal(expected, response.ExtraUsage!.DecimalPlaces);
        Assert.Equal(expected ?? 2, response.ExtraUsage.Exponent);
        Assert.Equal(763.0, response.ExtraUsage.UsedCredits);
        Assert.Equal("EUR", response.ExtraUsage.Currency);
        Assert.Equal(5f, response.FiveHour!.Utilization);
    }

    [Fact]
    public void Item26_limits_integer_percent_reads_as_float_and_is_clamped()
    {
        var limits = Parse("""{"limits": [{"kind": "weekly_scoped", "percent": 82}, {"kind": "session", "percent": 140}]}""").Limits!;

        Assert.Equal([82f, 100f], limits.Items!.Select(limit => limit.Percent));
        Assert.Empty(limits.Warnings);
    }

    [Fact]
    public void Item26_a_bad_middle_element_is_dropped_and_the_others_kept()
    {
        var limits = Parse("""
            {"limits": [
              {"kind": "session", "percent": 10},
              {"kind": "weekly_all", "severity": "normal"},
              {"kind": "weekly_scoped", "percent": 30}
            ]}
            """).Limits!;

        Assert.Equal([LimitKind.Session, LimitKind.WeeklyScoped], limits.Items!.Select(limit => limit.Kind));
        Assert.Equal(["limits[1] unusable: missing or non-numeric percent"], limits.Warnings);
    }

    [Fact]
    public void Item26_all_elements_bad_gives_an_empty_list_not_null()
    {
        var limits = Parse("""{"limits": [1, "two", {"percent": 3}]}""").Limits!;

        Assert.NotNull(limits.Items);
        Assert.Empty(limits.Items!);
        Assert.Equal(3, limits.Warnings.Count);
    }

    [Fact]
    public void Item26_limits_as_an_object_is_none_with_a_warning_naming_the_kind()
    {
        var limits = Parse("""{"limits": {"kind": "session"}}""").Limits!;

        Assert.Null(limits.Items);
        Assert.Equal(["limits: expected an array, got object; ignored"], limits.Warnings);
    }

    [Theory]
    [InlineData("""{"limits": null}""")]
    [InlineData("""{}""")]
    public void Item26_limits_null_or_missing_is_none_silently(string json)
    {
        Assert.Null(Parse(json).Limits);
    }

    [Fact]
    public void Item27_unknown_kind_and_severity_become_unknown_and_stay_out_of_unknown_buckets()
    {
        var response = Parse(Golden.Text("endpoint-aug-2026.json"));
        var last = response.Limits!.Items![^1];

        Assert.Equal(LimitKind.Unknown, last.Kind);
        Assert.Equal(LimitSeverity.Unknown, last.Severity);
        Assert.Equal(100f, last.Percent);
        Assert.DoesNotContain("limits", response.UnknownBuckets!.Keys);
    }

    [Fact]
    public void Item27_the_august_2026_body_has_exactly_five_unknown_keys()
    {
        var response = Parse(Golden.Text("endpoint-aug-2026.json"));

        Assert.Equal(
            ["amber_ladder", "member_dashboard_available", "omelette_promotional", "seven_day_omelette", "spend"],
            response.UnknownBuckets!.Keys.Order());
        Assert.Equal(4, response.Limits!.Items!.Count);
        Assert.Equal(new ExtraUsage(true, 24.69f, 5000, 1234.5, "EUR"), response.ExtraUsage);
    }

    [Fact]
    public void Wire_fields_group_is_active_and_surface_are_dropped()
    {
        var scoped = Parse(Golden.Text("endpoint-aug-2026.json")).Limits!.Items![2];

        Assert.Equal(new UsageLimit(LimitKind.WeeklyScoped, 82f, scoped.ResetsAt, new LimitScope(new LimitModel("Fable", null)), LimitSeverity.Warning), scoped);
    }

    [Fact]
    public void The_response_converts_to_the_cache_shape_and_back_through_the_cache_file()
    {
        var response = Parse(Golden.Text("endpoint-aug-2026.json"));

        var data = CachedData.FromResponse(response);
        var back = JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(data, CacheJsonContext.Default.CachedData), CacheJsonContext.Default.CachedData)!;

        Assert.Equal(response.FiveHour, data.FiveHour);
        Assert.Equal(response.ExtraUsage, data.ExtraUsage);
        Assert.Equal(response.Limits!.Items, data.Limits);
        Assert.Equal(response.UnknownBuckets!.Keys.Order(), data.UnknownBuckets.Keys.Order());
        Assert.Equal(response.FiveHour, back.FiveHour);
        Assert.Equal(response.Limits.Items, back.Limits);
        Assert.Equal(response.UnknownBuckets.Keys.Order(), back.UnknownBuckets.Keys.Order());
    }
}
