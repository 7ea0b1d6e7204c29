using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// Issue 11 items 2 and 9 through the published binary: linesmith never creates HOME or its parents,
/// and a cache root reached through a symlink another user planted in a sticky world-writable
/// directory is not used: the victim's files behind the link stay untouched by a render, <c>usage</c>,
/// <c>usage refresh</c>, <c>doctor</c> and <c>cache clear</c>. The tests run as root; "another user" is
/// uid 65534, and <c>fs.protected_symlinks</c> plays no part (links are judged by <c>lstat</c>).
/// </summary>
[Collection(LoadGroup.Name)]
[Trait(Needs.Platform, Needs.Linux)]
public sealed class CacheRootPlacementTests : IDisposable
{
    private const int Nobody = 65534;

    private const string Precious = "{\"precious\": true}";

    private readonly TempDir _temp = new();
    private readonly TestHttpServer _server = new();

    [Fact]
    public void A_home_that_does_not_exist_is_never_created_by_any_command()
    {
        var home = _temp.Join("nonexistent", "x");
        var environment = UsageEnvironment(("HOME", home));

        var render = RenderRunner.Render(environment, RenderRunner.Payload, "--config", WriteUsageConfig());
        var results = new[]
        {
            ProcessRunner.Linesmith(environment, "usage", "--json"),
            ProcessRunner.Linesmith(environment, "usage", "refresh"),
            ProcessRunner.Linesmith(environment, "doctor"),
            ProcessRunner.Linesmith(environment, "cache", "clear"),
            ProcessRunner.Linesmith(environment, "cache", "show"),
            ProcessRunner.Linesmith(environment, "init"),
            ProcessRunner.Linesmith(environment, "presets", "apply", "minimal"),
            ProcessRunner.Linesmith(environment, "install"),
        };

        Assert.Contains("42", RenderRunner.AssertOneSafeLine(render), StringComparison.Ordinal);
        Assert.All(results, result => Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {result.Stderr}"));
        Assert.False(Directory.Exists(_temp.Join("nonexistent")), "linesmith created HOME or a parent of it");
        Assert.Contains("does not exist, and linesmith never creates it", results[2].Stdout, StringComparison.Ordinal);
        Assert.Contains("does not exist; linesmith does not create it", results[5].Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_literal_nonexistent_home_of_service_accounts_is_not_created_either()
    {
        // Compared with before, in case the machine has a /nonexistent of its own.
        var before = (Directory.Exists("/nonexistent"), Directory.Exists("/nonexistent/x"));
        var environment = UsageEnvironment(("HOME", "/nonexistent/x"));

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, RenderRunner.Payload, "--config", WriteUsageConfig()));
        _ = ProcessRunner.Linesmith(environment, "init");
        _ = ProcessRunner.Linesmith(environment, "usage", "refresh");

        Assert.Equal(before, (Directory.Exists("/nonexistent"), Directory.Exists("/nonexistent/x")));
    }

    [Fact]
    public void A_missing_dot_cache_below_an_existing_home_is_created_private()
    {
        var home = _temp.Join("home");
        Directory.CreateDirectory(home);

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(UsageEnvironment(("HOME", home)), RenderRunner.Payload, "--config", WriteUsageConfig()));

        Assert.True(File.Exists(Path.Join(home, ".cache", "linesmith", "usage.json")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Join(home, ".cache")));
    }

    [Theory]
    [InlineData("LINESMITH_CACHE_DIR")]
    [InlineData("XDG_CACHE_HOME")]
    public void A_symlink_planted_by_another_user_never_redirects_the_cache(string variable)
    {
        // The victim's own directory, behind the link: for XDG_CACHE_HOME the cache is <link>/linesmith.
        var victim = _temp.Join("victim");
        var victimCache = variable == "XDG_CACHE_HOME" ? Path.Join(victim, "linesmith") : victim;
        Directory.CreateDirectory(victimCache);
        File.SetUnixFileMode(victim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        foreach (var name in (string[])["usage.json", "usage.lock"])
        {
            File.WriteAllText(Path.Join(victimCache, name), Precious);
        }

        var shared = _temp.Join("tmp");
        Directory.CreateDirectory(shared);
        File.SetUnixFileMode(shared, (UnixFileMode)Convert.ToInt32("1777", 8));
        var link = Path.Join(shared, "cache");
        File.CreateSymbolicLink(link, victim);
        Mounts.Run("chown", "-h", $"{Nobody}:{Nobody}", link);
        var home = _temp.Join("home");
        Directory.CreateDirectory(home);
        var environment = UsageEnvironment(("HOME", home), (variable, link));
        environment.Remove("LINESMITH_LOG");

        var render = RenderRunner.Render(environment, RenderRunner.Payload, "--config", WriteUsageConfig());
        var usage = ProcessRunner.Linesmith(environment, "usage", "--json");
        var refresh = ProcessRunner.Linesmith(environment, "usage", "refresh");
        var doctor = ProcessRunner.Linesmith(environment, "doctor");
        var show = ProcessRunner.Linesmith(environment, "cache", "show");
        var clear = ProcessRunner.Linesmith(environment, "cache", "clear");

        Assert.Contains("42", RenderRunner.AssertOneSafeLine(render), StringComparison.Ordinal);
        Assert.Contains($"is a symlink owned by another user (uid {Nobody}); running without the disk cache", render.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, usage.ExitCode);
        Assert.Equal(0, refresh.ExitCode);
        Assert.Equal(1, clear.ExitCode);
        Assert.Contains("is a symlink owned by another user", clear.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing deleted", clear.Stderr, StringComparison.Ordinal);
        Assert.Contains("is a symlink owned by another user", doctor.Stdout, StringComparison.Ordinal);
        Assert.Contains("cache directory refused", show.Stdout, StringComparison.Ordinal);
        Assert.Equal(["usage.json", "usage.lock"], Directory.GetFileSystemEntries(victimCache).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(Directory.GetFiles(victimCache), file => Assert.Equal(Precious, File.ReadAllText(file)));
        Assert.Equal(variable == "XDG_CACHE_HOME" ? ["linesmith"] : ["usage.json", "usage.lock"], Directory.GetFileSystemEntries(victim).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Our_own_symlink_to_our_own_directory_is_still_a_cache()
    {
        var real = _temp.Join("real");
        Directory.CreateDirectory(real);
        File.SetUnixFileMode(real, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var link = _temp.Join("link");
        File.CreateSymbolicLink(link, real);
        var environment = UsageEnvironment(("HOME", _temp.Path), ("LINESMITH_CACHE_DIR", link));

        RenderRunner.AssertOneSafeLine(RenderRunner.Render(environment, RenderRunner.Payload, "--config", WriteUsageConfig()));

        Assert.True(File.Exists(Path.Join(real, "usage.json")));
        Assert.Equal(0, ProcessRunner.Linesmith(environment, "cache", "clear").ExitCode);
        Assert.False(File.Exists(Path.Join(real, "usage.json")));
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private string WriteUsageConfig()
    {
        var path = _temp.Join("usage.toml");
        File.WriteAllText(path, RenderRunner.UsageConfig);
        return path;
    }

    /// <summary>Credentials in a Claude directory of their own (HOME may not exist), the endpoint on the test server.</summary>
    private Dictionary<string, string> UsageEnvironment(params (string Name, string Value)[] variables)
    {
        var claude = _temp.Join("claude");
        Directory.CreateDirectory(claude);
        File.WriteAllText(Path.Join(claude, ".credentials.json"), $$$"""{"claudeAiOauth":{"accessToken":"{{{UsageRig.Token}}}","scopes":["user:inference","user:profile"]}}""");
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CLAUDE_CONFIG_DIR"] = claude,
            ["LINESMITH_API_BASE_URL"] = _server.BaseUrl + "/",
            ["LINESMITH_TIMEOUT_MS"] = "10000",
            ["LINESMITH_LOG"] = "debug",
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }
}
