using System.Globalization;
using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// Issue 12 items 3, 4 and 5 through the published binary, with real cache files and a real local
/// endpoint: money in minor units, windows past their reset shown as reset, old data marked and its
/// age said by <c>usage</c> and <c>cache show</c>.
/// </summary>
public sealed class TruthfulUsageTests
{
    private const string NoLimits = """{"model": {"display_name": "Claude Opus 4.5"}, "cwd": "/tmp"}""";

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private const string EveryUsageSegment = "\"rate_limit_5h\", \"rate_limit_7d\", \"rate_limit_5h_reset\", \"extra_usage\", \"rate_limit_7d_model\"";

    private static Dictionary<string, string> WithLine(UsageRig rig, string extra = "", string segments = EveryUsageSegment)
    {
        var config = Path.Join(rig.Home, "linesmith.toml");
        File.WriteAllText(config, $"[line]\nsegments = [{segments}]\n[segments.rate_limit_7d_model]\nvisibility = \"always\"\n" + extra);
        return new Dictionary<string, string>(rig.Environment) { ["LINESMITH_CONFIG"] = config };
    }

    /// <summary>A cache file as the original program writes it: old, every reset long past, the sample's money.</summary>
    private static void PlantOldCache(UsageRig rig, TimeSpan age, TimeSpan resetsIn, bool blocked = true)
    {
        var cachedAt = DateTimeOffset.UtcNow - age;
        var resets = Utc(DateTimeOffset.UtcNow + resetsIn);
        Directory.CreateDirectory(rig.CacheRoot);
        File.WriteAllText(rig.CachePath, $$"""
            {
              "schema_version": 1,
              "cached_at": "{{Utc(cachedAt)}}",
              "data": {
                "five_hour": { "utilization": 42.0, "resets_at": "{{resets}}" },
                "seven_day": { "utilization": 18.5, "resets_at": "{{resets}}" },
                "seven_day_opus": null, "seven_day_sonnet": null, "seven_day_oauth_apps": null,
                "extra_usage": { "is_enabled": true, "utilization": 40.0, "monthly_limit": 10000.0, "used_credits": 4000.0, "currency": "USD" },
                "limits": [ { "kind": "weekly_scoped", "percent": 82.5, "resets_at": "{{resets}}", "scope": { "model": { "display_name": "Fable", "id": null } }, "severity": "warning" } ],
                "unknown_buckets": {}
              },
              "error": null
            }
            """);
        if (blocked)
        {
            // A 429 lock: the render serves what it has instead of fetching.
            File.WriteAllText(rig.LockPath, $$"""{"blocked_until": {{DateTimeOffset.UtcNow.AddMinutes(10).ToUnixTimeSeconds()}}, "error": "RateLimited"}""");
        }
    }

    [Fact]
    public void A_cache_months_old_with_every_window_reset_shows_them_as_reset_and_marked()
    {
        using var rig = new UsageRig();
        PlantOldCache(rig, TimeSpan.FromDays(225), resetsIn: TimeSpan.FromDays(-220));

        var result = ProcessRunner.Run(PublishedBinary.Path, [], WithLine(rig), NoLimits);

        Assert.Equal("~5h: 0.0% · ~7d: 0.0% · ~extra: $40.00/$100.00 · ~Fable: 0.0%\n", result.Stdout);
        Assert.Equal(0, rig.Server.RequestCount);
    }

    [Fact]
    public void Old_data_whose_windows_have_not_reset_keeps_its_numbers_with_the_marker()
    {
        using var rig = new UsageRig();
        PlantOldCache(rig, TimeSpan.FromHours(1), resetsIn: TimeSpan.FromHours(2).Add(TimeSpan.FromMinutes(30)));

        var result = ProcessRunner.Run(PublishedBinary.Path, [], WithLine(rig), NoLimits);

        Assert.Matches(@"^~5h: 42\.0% · ~7d: 18\.5% · ~5h reset: 2hr (29|30)m · ~extra: \$40\.00/\$100\.00 · ~Fable: 82\.5%\n$", result.Stdout);
    }

    [Fact]
    public void The_stale_age_is_configurable()
    {
        using var rig = new UsageRig();
        PlantOldCache(rig, TimeSpan.FromMinutes(10), resetsIn: TimeSpan.FromHours(3));

        var marked = ProcessRunner.Run(PublishedBinary.Path, [], WithLine(rig, "[usage]\nstale_after = 300\n"), NoLimits);
        var unmarked = ProcessRunner.Run(PublishedBinary.Path, [], WithLine(rig), NoLimits);

        Assert.StartsWith("~5h: 42.0% · ~7d: 18.5%", marked.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("5h: 42.0% · 7d: 18.5%", unmarked.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("59")]
    [InlineData("2592001")]
    [InlineData("9223372036854775807")]
    [InlineData("1e3")]
    [InlineData("600.0")]
    [InlineData("nan")]
    [InlineData("\"abc\"")]
    public void A_refused_stale_after_keeps_the_15_minute_default_and_is_reported(string value)
    {
        using var rig = new UsageRig();
        PlantOldCache(rig, TimeSpan.FromMinutes(10), resetsIn: TimeSpan.FromHours(3));
        var environment = WithLine(rig, $"[usage]\nstale_after = {value}\n");

        var render = ProcessRunner.Run(PublishedBinary.Path, [], environment, NoLimits);
        var check = ProcessRunner.Linesmith(environment, "--check-config");

        Assert.Equal(0, render.ExitCode);
        Assert.StartsWith("5h: 42.0% · 7d: 18.5%", render.Stdout, StringComparison.Ordinal);
        Assert.Contains("usage.stale_after: expected an integer from 60 to 2592000, found ", check.Stdout, StringComparison.Ordinal);
        Assert.Contains("; using 900", check.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_windows_past_their_reset_show_as_reset()
    {
        using var rig = new UsageRig();
        var past = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds();
        var future = DateTimeOffset.UtcNow.AddHours(2).ToUnixTimeSeconds();
        var payload = "{\"rate_limits\": {\"five_hour\": {\"used_percentage\": 22.4, \"resets_at\": " + past.ToString(CultureInfo.InvariantCulture)
            + "}, \"seven_day\": {\"used_percentage\": 61, \"resets_at\": " + future.ToString(CultureInfo.InvariantCulture) + "}}}";

        var result = ProcessRunner.Run(PublishedBinary.Path, [], rig.Environment, payload);

        Assert.Equal("5h: 0.0% · 7d: 61.0%\n", result.Stdout);
        Assert.Equal(0, rig.Server.RequestCount);
    }

    [Fact]
    public void Usage_and_cache_show_say_how_old_the_data_is()
    {
        using var rig = new UsageRig();
        PlantOldCache(rig, TimeSpan.FromDays(225).Add(TimeSpan.FromHours(3)), resetsIn: TimeSpan.FromDays(-220));

        var usage = rig.Run("usage", "--no-wait");
        var usageJson = UsageRig.Json(rig.Run("usage", "--json", "--no-wait"));
        var cache = rig.Run("cache", "show");
        var cacheJson = UsageRig.Json(rig.Run("cache", "show", "--json"));

        Assert.StartsWith("source: stale (fetched 225d 3h ago)\nstale: older than stale_after (15m); the status line marks these numbers with ~\n", usage.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n5h:            0\.0%  reset \S+ \(220d ago\); was 42\.0%\n", usage.Stdout);
        Assert.Contains("\nextra usage: enabled, 40.0%, 40.00 of 100.00 USD used\n", usage.Stdout, StringComparison.Ordinal);
        Assert.True(usageJson.GetProperty("stale").GetBoolean());
        Assert.InRange(usageJson.GetProperty("age_seconds").GetInt64(), (225 * 24 + 3) * 3600 - 5, (225 * 24 + 3) * 3600 + 60);
        Assert.Contains("data, cached 225d 3h ago, stale (cache duration 180s); older than stale_after (15m): a render marks it ~\n", cache.Stdout, StringComparison.Ordinal);
        Assert.True(cacheJson.GetProperty("stale").GetBoolean());
        Assert.Equal(900, cacheJson.GetProperty("stale_after_seconds").GetInt64());
        Assert.Equal(0, rig.Server.RequestCount);
    }

    [Fact]
    public void A_fetched_spend_object_and_decimal_places_reach_the_line_and_the_cache_keeps_them_as_sent()
    {
        using var rig = new UsageRig();
        rig.Server.Reply = _ => new ServerReply(200, """
            {"five_hour": {"utilization": 5.0, "resets_at": "2099-01-01T00:00:00Z"},
             "extra_usage": {"is_enabled": true, "utilization": 38.15, "monthly_limit": 2000, "used_credits": 763, "currency": "EUR", "decimal_places": 2},
             "spend": {"used": {"amount_minor": 76300, "currency": "JPY", "exponent": 0}, "limit": null, "cap": null, "balance": null, "percent": 0}}
            """);

        var environment = WithLine(rig, segments: "\"rate_limit_5h\", \"extra_usage\"");

        var spend = ProcessRunner.Run(PublishedBinary.Path, [], environment, NoLimits);
        using (var cached = JsonDocument.Parse(File.ReadAllText(rig.CachePath)))
        {
            var data = cached.RootElement.GetProperty("data");
            Assert.Equal(763.0, data.GetProperty("extra_usage").GetProperty("used_credits").GetDouble());
            Assert.Equal(2, data.GetProperty("extra_usage").GetProperty("decimal_places").GetInt32());
            Assert.Equal(76300, data.GetProperty("unknown_buckets").GetProperty("spend").GetProperty("used").GetProperty("amount_minor").GetInt64());
        }

        rig.Server.Reply = _ => new ServerReply(200, """{"extra_usage": {"is_enabled": true, "monthly_limit": 2000, "used_credits": 763, "currency": "EUR"}}""");
        File.Delete(rig.CachePath);
        File.Delete(rig.LockPath);
        var extra = ProcessRunner.Run(PublishedBinary.Path, [], environment, NoLimits);

        Assert.Equal("5h: 5.0% · extra: JPY 76300\n", spend.Stdout);
        Assert.Equal("extra: EUR 7.63/EUR 20.00\n", extra.Stdout);
    }
}
