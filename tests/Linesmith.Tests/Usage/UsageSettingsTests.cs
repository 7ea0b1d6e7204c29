using Linesmith.Config;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Tests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage;

namespace Linesmith.Tests.Usage;

/// <summary>docs/guarantees.md: the [usage] numbers and LINESMITH_TIMEOUT_MS, range-checked where they are read.</summary>
public sealed class UsageSettingsTests
{
    private static UsageSettings FromToml(string toml, out IReadOnlyList<string> problems)
    {
        var file = ConfigFile.Parse(toml, "c.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        problems = [.. file.Problems.All.Select(p => p.ToString())];
        return UsageSettings.FromConfig(config.Usage);
    }

    [Theory]
    [InlineData("-1", "-1")]
    [InlineData("86401", "86401")]
    [InlineData("180000", "180000")]
    [InlineData("922337203686", "922337203686")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("1e3", "1000.0 (a float)")]
    [InlineData("180.5", "180.5 (a float)")]
    [InlineData("nan", "nan (a float)")]
    [InlineData("\"180\"", "a string")]
    public void A_refused_cache_duration_warns_and_keeps_180_seconds(string value, string found)
    {
        var settings = FromToml($"[usage]\ncache_duration = {value}\n", out var problems);

        Assert.Equal(TimeSpan.FromSeconds(180), settings.CacheDuration);
        Assert.Equal([$"usage.cache_duration: expected an integer from 0 to 86400, found {found}; using 180"], problems);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("86400", 86_400)]
    public void Cache_duration_accepts_zero_to_a_day(string value, long seconds)
    {
        var settings = FromToml($"[usage]\ncache_duration = {value}\n", out var problems);

        Assert.Equal(TimeSpan.FromSeconds(seconds), settings.CacheDuration);
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "-1")]
    [InlineData("0.05", "0.05")]
    [InlineData("2000", "2000")]
    [InlineData("2147483647", "2147483647")]
    [InlineData("nan", "nan")]
    [InlineData("inf", "inf")]
    [InlineData("\"2\"", "a string")]
    public void A_refused_timeout_warns_and_keeps_2_seconds(string value, string found)
    {
        var settings = FromToml($"[usage]\ntimeout = {value}\n", out var problems);

        Assert.Equal(TimeSpan.FromSeconds(2), settings.Timeout);
        Assert.Equal([$"usage.timeout: expected a number from 0.1 to 60, found {found}; using 2"], problems);
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-1", "-1")]
    [InlineData("2", "2")]
    [InlineData("60001", "60001")]
    [InlineData("2147483647", "2147483647")]
    [InlineData("9223372036854775807", "9223372036854775807")]
    [InlineData("1e3", "\"1e3\"")]
    [InlineData("abc", "\"abc\"")]
    [InlineData("NaN", "\"NaN\"")]
    [InlineData("1.5", "\"1.5\"")]
    public void A_refused_LINESMITH_TIMEOUT_MS_keeps_the_configured_timeout_and_is_logged_once(string value, string found)
    {
        var environment = EnvironmentSnapshot.Of((EnvironmentVariables.LinesmithTimeoutMs, value));
        var stderr = new StringWriter();
        var log = new Log(LogLevel.Warn, null, stderr, new ManualClock(DateTimeOffset.UnixEpoch));
        var configured = UsageSettings.Defaults with { Timeout = TimeSpan.FromSeconds(1.5) };

        var first = configured.WithEnvironment(environment, log);
        var second = configured.WithEnvironment(environment, log);

        Assert.Equal(TimeSpan.FromSeconds(1.5), first.Timeout);
        Assert.Equal(first, second);
        var line = Assert.Single(LogLines.Of(stderr));
        Assert.EndsWith($"LINESMITH_TIMEOUT_MS: expected an integer from 100 to 60000, found {found}; using 1500", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("100", 100)]
    [InlineData("60000", 60_000)]
    public void LINESMITH_TIMEOUT_MS_within_the_range_wins_over_the_config(string value, long milliseconds)
    {
        var settings = UsageSettings.Defaults.WithEnvironment(EnvironmentSnapshot.Of((EnvironmentVariables.LinesmithTimeoutMs, value)), out var problem);

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), settings.Timeout);
        Assert.Null(problem);
    }
}
