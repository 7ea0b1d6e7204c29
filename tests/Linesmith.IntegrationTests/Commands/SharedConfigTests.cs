using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.IntegrationTests.Commands;

/// <summary>
/// Issue 12 item 9: every command that reads the configuration reads the same one, and accepts
/// <c>--config</c>. A 5 s <c>cache_duration</c> makes an 18 s old entry stale for <c>cache show</c>
/// as it is for a render; <c>usage</c> and <c>doctor</c> read the file they are given.
/// </summary>
public sealed class SharedConfigTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Root => _dir.Join("cache");

    private string WriteConfig(string text)
    {
        var path = _dir.Join("elsewhere", "five-seconds.toml");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private void SeedEntry(TimeSpan age)
    {
        var data = new CachedData(new UsageBucket(22.4f, DateTimeOffset.UtcNow.AddHours(2)));
        Assert.Null(new CacheStore(Root, TimeProvider.System).Write(CachedUsage.WithData(data, DateTimeOffset.UtcNow - age)));
    }

    public static TheoryData<string> HowTheConfigIsNamed => new() { "option", "option=", "environment" };

    [Theory]
    [MemberData(nameof(HowTheConfigIsNamed))]
    public void Cache_show_judges_freshness_by_the_configured_cache_duration(string how)
    {
        var config = WriteConfig("[usage]\ncache_duration = 5\n");
        SeedEntry(TimeSpan.FromSeconds(18));
        var environment = CacheEnvironment.For(Root, _dir.Join("home"));
        string[] arguments = how switch
        {
            "option" => ["cache", "show", "--config", config],
            "option=" => ["cache", "show", $"--config={config}"],
            _ => ["cache", "show"],
        };
        if (how == "environment")
        {
            environment["LINESMITH_CONFIG"] = config;
        }

        var text = ProcessRunner.Linesmith(environment, arguments);
        var json = ProcessRunner.Linesmith(environment, [.. arguments, "--json"]);

        Assert.Equal(0, text.ExitCode);
        Assert.Contains(", stale (cache duration 5s)", text.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("fresh for", text.Stdout, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(json.Stdout);
        Assert.False(report.RootElement.GetProperty("fresh").GetBoolean());
        Assert.Equal(5, report.RootElement.GetProperty("cache_duration_seconds").GetInt64());
    }

    [Fact]
    public void Cache_show_without_a_config_keeps_the_default_duration()
    {
        SeedEntry(TimeSpan.FromSeconds(18));

        var result = ProcessRunner.Linesmith(CacheEnvironment.For(Root, _dir.Join("home")), "cache", "show");

        Assert.Contains("more (cache duration 180s)", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_reads_the_endpoint_and_cache_duration_from_the_config_it_is_given()
    {
        using var rig = new UsageRig();
        rig.Environment.Remove("LINESMITH_API_BASE_URL");
        var config = WriteConfig($"[usage]\napi_base_url = \"{rig.Server.BaseUrl}\"\ncache_duration = 5\n");
        rig.SeedStale(age: TimeSpan.FromSeconds(18));

        var withConfig = rig.Run("usage", "--json", "--config", config);

        // 18 s is stale for 5 s: the configured endpoint is asked (without --config the default
        // 180 s would call the entry fresh and nothing would be fetched).
        Assert.Equal("endpoint", UsageRig.Source(withConfig));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void Usage_refresh_accepts_the_config_too()
    {
        using var rig = new UsageRig();
        rig.Environment.Remove("LINESMITH_API_BASE_URL");
        var config = WriteConfig($"[usage]\napi_base_url = \"{rig.Server.BaseUrl}\"\n");

        var result = rig.Run("usage", "refresh", "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void Doctor_checks_the_config_it_is_given()
    {
        var config = WriteConfig("[usage]\ncache_duration = -1\n");

        var result = ProcessRunner.Linesmith(CacheEnvironment.For(Root, _dir.Join("home")), "doctor", "--json", "--config", config);

        Assert.Equal($"pass: {config}", DoctorTests.Status(result, "config", "file"));
        Assert.Contains("usage.cache_duration: expected an integer from 0 to 86400, found -1", DoctorTests.Status(result, "config", "keys"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cache", "show")]
    [InlineData("usage")]
    [InlineData("usage", "refresh")]
    [InlineData("doctor")]
    [InlineData("themes", "list")]
    [InlineData("presets", "list")]
    public void A_config_option_without_a_value_is_wrong_usage(params string[] command)
    {
        var result = ProcessRunner.Linesmith(CacheEnvironment.For(Root, _dir.Join("home")), [.. command, "--config"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("linesmith: '--config' needs a value\n", result.Stderr.Split("Run")[0]);
    }
}
