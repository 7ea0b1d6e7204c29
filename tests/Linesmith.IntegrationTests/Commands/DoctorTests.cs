using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>linesmith doctor</c>: the local checks against healthy and broken setups.</summary>
public sealed class DoctorTests : IDisposable
{
    private readonly HomeRig _rig = new();

    internal static string Status(ProcessResult result, string group, string name)
    {
        using var document = JsonDocument.Parse(result.Stdout);
        var check = document.RootElement.GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("group").GetString() == group && c.GetProperty("name").GetString() == name);
        return $"{check.GetProperty("status").GetString()}: {check.GetProperty("message").GetString()}";
    }

    private void Healthy()
    {
        _rig.WriteCredentials();
        Assert.Equal(0, _rig.Run("init").ExitCode);
        Assert.Equal(0, _rig.Run("install").ExitCode);
    }

    [Fact]
    public void Healthy_setup_passes_with_exit_0()
    {
        Healthy();

        var result = _rig.Run("doctor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"  PASS  statusLine: runs this binary: {HomeRig.Binary}\n", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("  PASS  scopes: user:inference, user:profile\n", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith(" passed, 0 warnings, 0 failed, 2 skipped\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(UsageRig.Token, result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_lists_every_group_in_order()
    {
        Healthy();

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(0, result.ExitCode);
        using var document = JsonDocument.Parse(result.Stdout);
        var groups = document.RootElement.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("group").GetString()).Distinct();
        Assert.Equal(["environment", "config", "claude code", "credentials", "cache", "endpoint"], groups);
        Assert.True(document.RootElement.GetProperty("ok").GetBoolean());
        Assert.Equal(0, document.RootElement.GetProperty("failures").GetInt32());
    }

    [Fact]
    public void Doctor_writes_nothing_without_online()
    {
        Healthy();

        _ = _rig.Run("doctor");

        Assert.False(Directory.Exists(_rig.CacheRoot));
    }

    [Fact]
    public void Corrupt_cache_is_a_warning()
    {
        Healthy();
        Directory.CreateDirectory(_rig.CacheRoot);
        File.WriteAllText(Path.Join(_rig.CacheRoot, "usage.json"), "{\"schema_version\": 1, \"cached_at\": ");

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("warn: ", Status(result, "cache", "usage.json"), StringComparison.Ordinal);
        Assert.Contains("is not usable (corrupt, or not schema 1)", Status(result, "cache", "usage.json"), StringComparison.Ordinal);
    }

    [Fact]
    public void Stuck_lock_is_a_warning_with_its_reason()
    {
        Healthy();
        Directory.CreateDirectory(_rig.CacheRoot);
        var farAway = DateTimeOffset.UtcNow.AddDays(30).ToUnixTimeSeconds();
        File.WriteAllText(Path.Join(_rig.CacheRoot, "usage.lock"), $"{{\"blocked_until\": {farAway}, \"error\": \"RateLimited\"}}");

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(0, result.ExitCode);
        var status = Status(result, "cache", "usage.lock");
        Assert.StartsWith($"warn: usage.lock: blocked_until {farAway} is more than 24 h after the lock was written: capped at ", status, StringComparison.Ordinal);
        Assert.Contains("(set by RateLimited)", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Stray_temp_files_are_reported()
    {
        Healthy();
        Directory.CreateDirectory(_rig.CacheRoot);
        var stray = Path.Join(_rig.CacheRoot, ".usage.json.4242.abc.tmp");
        File.WriteAllText(stray, "{");
        File.SetLastWriteTimeUtc(stray, DateTime.UtcNow.AddHours(-1));

        var result = _rig.Run("doctor", "--json");

        Assert.Equal("warn: 1 left by interrupted writes: .usage.json.4242.abc.tmp", Status(result, "cache", "temp files"));
    }

    [Fact]
    public void Missing_credentials_warn_when_no_segment_needs_them()
    {
        Assert.Equal(0, _rig.Run("init").ExitCode);

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("warn: no credentials file", Status(result, "credentials", "file"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_fail_when_rate_limits_are_configured()
    {
        Assert.Equal(0, _rig.Run("init", "--preset", "power-user").ExitCode);

        var result = _rig.Run("doctor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  FAIL  file: no credentials file", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("        fix: run /login in Claude Code\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Unparsable_credentials_fail_without_showing_the_token()
    {
        Healthy();
        File.WriteAllText(Path.Join(_rig.ClaudeDir, ".credentials.json"), $"{{\"claudeAiOauth\": {{\"accessToken\": \"{UsageRig.Token}\",");

        var result = _rig.Run("doctor");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  FAIL  parses: ParseError: credentials file", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(UsageRig.Token, result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(UsageRig.Token, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_config_fails_with_line_and_column()
    {
        Healthy();
        File.WriteAllText(_rig.ConfigPath, "theme = \"nord\"\n[line]\nsegments = [\"model\",\n");

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"fail: {_rig.ConfigPath}(", Status(result, "config", "parses"), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_config_keys_warn()
    {
        Healthy();
        File.AppendAllText(_rig.ConfigPath, "colour_scheme = \"dark\"\n");

        var result = _rig.Run("doctor", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("colour_scheme: unknown key; ignored", Status(result, "config", "keys"), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_statusLine_and_invalid_settings_are_reported()
    {
        _rig.WriteSettings("{\"model\": \"opus\"}");
        Assert.StartsWith("warn: no statusLine entry", Status(_rig.Run("doctor", "--json"), "claude code", "statusLine"), StringComparison.Ordinal);

        _rig.WriteSettings("{\"model\": ");
        var broken = _rig.Run("doctor", "--json");
        Assert.Equal(1, broken.ExitCode);
        Assert.Contains("is not valid JSON at line 1, column", Status(broken, "claude code", "settings"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("doctor", "--plain")]
    [InlineData("doctor", "now")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        var result = _rig.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(string.Empty, result.Stdout);
    }

    public void Dispose() => _rig.Dispose();
}
