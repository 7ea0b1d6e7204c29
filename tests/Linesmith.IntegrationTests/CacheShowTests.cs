using System.Text.Json;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests;

/// <summary><c>linesmith cache show</c> and <c>cache clear</c>, run as the published AOT binary against prepared files.</summary>
public sealed class CacheShowTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Root => _dir.Join("cache");

    private Dictionary<string, string> Env => CacheEnvironment.For(Root, _dir.Join("home"));

    private void Prepare(string usageJson, string? lockJson)
    {
        Directory.CreateDirectory(Root);
        File.WriteAllText(Path.Join(Root, "usage.json"), usageJson);
        if (lockJson is not null)
        {
            File.WriteAllText(Path.Join(Root, "usage.lock"), lockJson);
        }
    }

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Show_json_reports_a_fresh_entry_and_an_active_lock_as_read()
    {
        var cachedAt = DateTimeOffset.UtcNow.AddSeconds(-30);
        var blockedUntil = DateTimeOffset.UtcNow.AddMinutes(2).ToUnixTimeSeconds();
        Prepare(
            $$"""{"schema_version": 1, "cached_at": "{{Utc(cachedAt)}}", "data": {"five_hour": {"utilization": 42, "resets_at": null}, "tangelo": 1}, "error": null}""",
            $$"""{"blocked_until": {{blockedUntil}}, "error": "RateLimited"}""");

        var result = ProcessRunner.Linesmith(Env, "cache", "show", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(string.Empty, result.Stderr);
        using var report = JsonDocument.Parse(result.Stdout);
        var root = report.RootElement;
        Assert.Equal(Path.Join(Root, "usage.json"), root.GetProperty("cache_path").GetString());
        Assert.Equal(Path.Join(Root, "usage.lock"), root.GetProperty("lock_path").GetString());
        Assert.True(root.GetProperty("fresh").GetBoolean());
        Assert.True(root.GetProperty("blocked").GetBoolean());
        Assert.Equal(42.0, root.GetProperty("entry").GetProperty("data").GetProperty("five_hour").GetProperty("utilization").GetDouble());
        Assert.Equal(Utc(cachedAt), root.GetProperty("entry").GetProperty("cached_at").GetString());
        Assert.Equal(blockedUntil, root.GetProperty("lock").GetProperty("blocked_until").GetInt64());
        Assert.Equal("RateLimited", root.GetProperty("lock").GetProperty("error").GetString());
    }

    [Fact]
    public void Show_json_reports_a_stale_entry_an_expired_lock_and_the_24_hour_cap()
    {
        Prepare(
            $$"""{"schema_version": 1, "cached_at": "{{Utc(DateTimeOffset.UtcNow.AddMinutes(-10))}}", "data": {}, "error": null}""",
            """{"blocked_until": 9223372036854775807}""");

        var result = ProcessRunner.Linesmith(Env, "cache", "show", "--json");

        using var report = JsonDocument.Parse(result.Stdout);
        var root = report.RootElement;
        Assert.False(root.GetProperty("fresh").GetBoolean());
        Assert.True(root.GetProperty("blocked").GetBoolean());
        var capped = root.GetProperty("lock").GetProperty("blocked_until").GetInt64();
        Assert.InRange(capped - DateTimeOffset.UtcNow.ToUnixTimeSeconds(), 86_300, 86_400);
        Assert.False(root.GetProperty("lock").TryGetProperty("error", out _));
    }

    [Fact]
    public void Show_json_reports_a_miss_as_null_entry_and_a_missing_lock_as_null()
    {
        Prepare("{ not valid json", null);

        var result = ProcessRunner.Linesmith(Env, "cache", "show", "--json");

        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("entry").ValueKind);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("lock").ValueKind);
        Assert.False(report.RootElement.GetProperty("fresh").GetBoolean());
        Assert.False(report.RootElement.GetProperty("blocked").GetBoolean());
    }

    [Fact]
    public void Show_for_a_person_says_how_old_the_entry_is_and_how_long_the_lock_blocks()
    {
        Prepare(
            $$"""{"schema_version": 1, "cached_at": "{{Utc(DateTimeOffset.UtcNow.AddSeconds(-65))}}", "data": {}, "error": null}""",
            $$"""{"blocked_until": {{DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds()}}, "error": "Timeout"}""");

        var result = ProcessRunner.Linesmith(Env, "cache", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("data, cached 1m ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("fresh for ", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"blocks the endpoint for (4m 5\ds|5m) more", result.Stdout);
        Assert.Contains("(set by Timeout)", result.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// Another tool's lock with the least <c>blocked_until</c> a signed 64-bit number holds, and others far
    /// in the past: expired, as <c>--json</c> and every render say, never "blocks for 106751991146511d"
    /// from a subtraction that wrapped around.
    /// </summary>
    [Theory]
    [InlineData("-9223372036854775808")]
    [InlineData("-9223372036854775807")]
    [InlineData("-1")]
    [InlineData("0")]
    public void Show_for_a_person_says_a_lock_far_in_the_past_has_expired(string blockedUntil)
    {
        Prepare(
            $$"""{"schema_version": 1, "cached_at": "{{Utc(DateTimeOffset.UtcNow.AddSeconds(-65))}}", "data": {}, "error": null}""",
            $$"""{"blocked_until": {{blockedUntil}}}""");

        var result = ProcessRunner.Linesmith(Env, "cache", "show");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("blocks the endpoint", result.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"expired \d+d( \d+h)? ago", result.Stdout);
    }

    [Fact]
    public void Show_reads_the_files_the_original_program_wrote()
    {
        Directory.CreateDirectory(Root);
        File.Copy(Path.Join(RepoPaths.Root, "tests", "Linesmith.Tests", "Golden", "usage-data.json"), Path.Join(Root, "usage.json"));

        var result = ProcessRunner.Linesmith(Env, "cache", "show", "--json");

        using var report = JsonDocument.Parse(result.Stdout);
        var data = report.RootElement.GetProperty("entry").GetProperty("data");
        Assert.Equal("Fable", data.GetProperty("limits")[1].GetProperty("scope").GetProperty("model").GetProperty("display_name").GetString());
        Assert.Equal(7.0, data.GetProperty("unknown_buckets").GetProperty("quokka_experimental").GetProperty("utilization").GetDouble());
    }

    [Trait(Needs.Platform, Needs.Linux)]
    [Fact]
    public void A_usage_json_the_user_cannot_read_is_reported_as_a_problem_not_a_miss()
    {
        // Root reads anything, so the process runs as an unprivileged user when the tests run as root.
        Prepare("{}", null);
        var usage = Path.Join(Root, "usage.json");
        File.SetUnixFileMode(usage, UnixFileMode.None);
        var asRoot = Environment.UserName == "root" || Environment.GetEnvironmentVariable("USER") == "root";
        if (asRoot)
        {
            File.SetUnixFileMode(_dir.Path, (UnixFileMode)0b111_101_101);
            File.SetUnixFileMode(Root, (UnixFileMode)0b111_101_101);
            // The cache root is that user's own (a root owned by someone else is refused as a whole: docs/adr/0015-directories-from-the-environment.md).
            Mounts.Run("chown", "65534:65534", Root);
        }

        var result = asRoot
            ? ProcessRunner.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", PublishedBinary.Path, "cache", "show", "--json"], Env)
            : ProcessRunner.Linesmith(Env, "cache", "show", "--json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Stdout);
        var problem = Assert.Single(report.RootElement.GetProperty("problems").EnumerateArray());
        Assert.StartsWith("cache I/O failed: " + usage, problem.GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Clear_removes_both_files_and_a_second_clear_succeeds()
    {
        Prepare("{}", """{"blocked_until": 1}""");

        var first = ProcessRunner.Linesmith(Env, "cache", "clear");
        var second = ProcessRunner.Linesmith(Env, "cache", "clear");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Empty(Directory.GetFiles(Root));
    }

    [Fact]
    public void Without_any_cache_location_show_says_so_and_succeeds()
    {
        var result = ProcessRunner.Linesmith(new Dictionary<string, string>(), "cache", "show", "--json");

        Assert.Equal(0, result.ExitCode);
        using var report = JsonDocument.Parse(result.Stdout);
        Assert.Equal(JsonValueKind.Null, report.RootElement.GetProperty("cache_path").ValueKind);
    }
}
