using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Cli;

/// <summary>
/// Issue 13 item 2: every command runs with the one run context, so a setting in the file <c>--config</c>
/// names and an environment override reach each of them alike. Each test runs the command in-process
/// (<see cref="StringWorld"/>) against real files in a temp HOME; a command no config setting affects
/// (<c>cache clear</c>, <c>uninstall</c>) is checked with the environment alone.
/// </summary>
public sealed class SharedRunContextTests : IDisposable
{
    private const string Binary = "/opt/linesmith/bin/linesmith";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Home => _dir.Join("home");

    private string CacheRoot => _dir.Join("cache");

    private EnvironmentSnapshot Environment(params (string, string)[] extra) =>
        EnvironmentSnapshot.Of([("HOME", Home), ("LINESMITH_CACHE_DIR", CacheRoot), .. extra]);

    private string Config(string text, string name = "elsewhere.toml")
    {
        var path = _dir.Join("configs", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private void SeedEntry(TimeSpan age)
    {
        var data = new CachedData(new UsageBucket(22.4f, DateTimeOffset.UtcNow.AddHours(2)));
        Assert.Null(new CacheStore(CacheRoot, TimeProvider.System).Write(CachedUsage.WithData(data, DateTimeOffset.UtcNow - age)));
    }

    [Fact]
    public void Render_takes_the_line_from_the_config_and_the_theme_from_the_environment()
    {
        var payload = File.ReadAllText(Path.Join(RepositoryRoot.Path, "examples", "payload.json"));
        var config = Config("[line]\nsegments = [\"model\", \"cost\"]\n[layout_options]\nseparator = \" | \"\n");
        string Render(params (string, string)[] extra)
        {
            var world = new StringWorld(Environment([("COLORTERM", "truecolor"), .. extra]), stdin: payload);
            Assert.Equal(0, world.Run("--config", config, "--force-color"));
            return world.Out;
        }

        var plain = Render();
        var nord = Render(("LINESMITH_THEME", "nord"));

        Assert.Contains(" | ", TerminalTextOf(plain), StringComparison.Ordinal);
        Assert.Equal(TerminalTextOf(plain), TerminalTextOf(nord));
        Assert.NotEqual(plain, nord);
    }

    [Fact]
    public void Check_config_reports_the_file_it_is_given_and_the_refused_environment()
    {
        var config = Config("[usage]\ncache_duration = -1\n");
        var world = new StringWorld(Environment(("LINESMITH_TIMEOUT_MS", "soon")));

        Assert.Equal(1, world.Run("--check-config", "--config", config));
        Assert.StartsWith(config + "(2,", world.Out, StringComparison.Ordinal);
        Assert.Contains(" usage.cache_duration: expected an integer from 0 to 86400, found -1", world.Out, StringComparison.Ordinal);
        Assert.Contains("environment: LINESMITH_TIMEOUT_MS", world.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Doctor_judges_the_cache_by_the_config_and_names_the_theme_the_environment_asks_for()
    {
        var config = Config("[usage]\ncache_duration = 5\n");
        SeedEntry(TimeSpan.FromSeconds(18));
        var world = new StringWorld(Environment(("LINESMITH_THEME", "no-such-theme")));

        world.Run("doctor", "--config", config);

        Assert.Contains($"PASS  file: {config}", world.Out, StringComparison.Ordinal);
        Assert.Contains("(stale; cache duration 5s)", world.Out, StringComparison.Ordinal);
        Assert.Contains("unknown theme 'no-such-theme'", world.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Cache_show_reads_the_cache_the_environment_names_by_the_duration_the_config_sets(bool json)
    {
        var config = Config("[usage]\ncache_duration = 5\n");
        SeedEntry(TimeSpan.FromSeconds(18));
        var world = new StringWorld(Environment());

        Assert.Equal(0, world.Run(json ? ["cache", "show", "--json", "--config", config] : ["cache", "show", "--config", config]));

        Assert.Contains(Path.Join(CacheRoot, "usage.json"), world.Out, StringComparison.Ordinal);
        Assert.Contains(json ? "\"cache_duration_seconds\": 5" : "stale (cache duration 5s)", world.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Cache_clear_clears_the_cache_the_environment_names()
    {
        SeedEntry(TimeSpan.Zero);
        var world = new StringWorld(Environment());

        Assert.Equal(0, world.Run("cache", "clear"));

        Assert.Contains($"cleared {Path.Join(CacheRoot, "usage.json")}", world.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Join(CacheRoot, "usage.json")));
    }

    [Theory]
    [InlineData("usage")]
    [InlineData("usage", "refresh")]
    public void Usage_fetches_by_the_config_duration_from_the_endpoint_the_environment_names(params string[] command)
    {
        var config = Config("[usage]\ncache_duration = 5\napi_base_url = \"http://127.0.0.1:1\"\n");
        WriteCredentials();
        SeedEntry(TimeSpan.FromSeconds(18));
        var environment = Environment(("LINESMITH_API_BASE_URL", "http://127.0.0.1:2"), ("LINESMITH_TIMEOUT_MS", "2000"));

        new StringWorld(environment, processPath: RecordingFetcher()).Run([.. command, "--config", config]);

        // 18 s is stale for the config's 5 s (the default 180 s would serve it from the cache), and the
        // request goes where the environment says, not where the config does.
        Assert.StartsWith("{\"url\":\"http://127.0.0.1:2/api/oauth/usage\",", File.ReadAllText(_dir.Join("request")), StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_without_the_config_serves_the_same_entry_from_the_cache()
    {
        WriteCredentials();
        SeedEntry(TimeSpan.FromSeconds(18));
        var world = new StringWorld(Environment(("LINESMITH_API_BASE_URL", "http://127.0.0.1:2")), processPath: RecordingFetcher());

        world.Run("usage");

        Assert.StartsWith("source: cache", world.Out, StringComparison.Ordinal);
        Assert.False(File.Exists(_dir.Join("request")));
    }

    [Fact]
    public void Themes_list_marks_the_config_theme_unless_the_environment_names_another()
    {
        var config = Config("theme = \"nord\"\n");
        var fromFile = new StringWorld(Environment());
        var fromEnvironment = new StringWorld(Environment(("LINESMITH_THEME", "dracula")));

        fromFile.Run("themes", "list", "--config", config);
        fromEnvironment.Run("themes", "list", "--config", config);

        Assert.Contains("* nord", fromFile.Out, StringComparison.Ordinal);
        Assert.Contains("* dracula", fromEnvironment.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("* nord", fromEnvironment.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Presets_list_marks_the_preset_of_the_config_named_by_option_or_environment(bool option)
    {
        var config = Config("preset = \"minimal\"\n");
        var world = new StringWorld(option ? Environment() : Environment(("LINESMITH_CONFIG", config)));

        world.Run(option ? ["presets", "list", "--config", config] : ["presets", "list"]);

        Assert.Contains("* minimal", world.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("init", true)]
    [InlineData("init", false)]
    [InlineData("presets apply", true)]
    [InlineData("presets apply", false)]
    public void Init_and_presets_apply_write_the_file_named_by_option_or_environment(string command, bool option)
    {
        var target = _dir.Join("configs", "written.toml");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var world = new StringWorld(option ? Environment() : Environment(("LINESMITH_CONFIG", target)));
        string[] words = command == "init" ? ["init", "--preset", "power-user"] : ["presets", "apply", "power-user"];

        Assert.Equal(0, world.Run(option ? [.. words, "--config", target] : words));

        Assert.Contains("preset = \"power-user\"", File.ReadAllText(target), StringComparison.Ordinal);
    }

    [Fact]
    public void Install_edits_the_settings_the_environment_names_for_the_line_the_config_has()
    {
        var claude = _dir.Join("claude");
        var config = Config("[line]\nsegments = [\"model\", \"session_duration\"]\n");
        var world = new StringWorld(Environment(("CLAUDE_CONFIG_DIR", claude)), processPath: Binary);

        Assert.Equal(0, world.Run("install", "--config", config));

        var settings = File.ReadAllText(Path.Join(claude, "settings.json"));
        Assert.Contains($"\"command\": \"{Binary}\"", settings, StringComparison.Ordinal);
        Assert.Contains("\"refreshInterval\": 60", settings, StringComparison.Ordinal);
    }

    [Fact]
    public void Uninstall_edits_the_settings_the_environment_names()
    {
        var claude = _dir.Join("claude");
        Directory.CreateDirectory(claude);
        File.WriteAllText(Path.Join(claude, "settings.json"), $"{{\"statusLine\": {{\"type\": \"command\", \"command\": \"{Binary}\"}}, \"theme\": \"dark\"}}");
        var world = new StringWorld(Environment(("CLAUDE_CONFIG_DIR", claude)), processPath: Binary);

        Assert.Equal(0, world.Run("uninstall"));

        Assert.DoesNotContain("statusLine", File.ReadAllText(Path.Join(claude, "settings.json")), StringComparison.Ordinal);
    }

    private void WriteCredentials()
    {
        var directory = Path.Join(Home, ".claude");
        Directory.CreateDirectory(directory);
        File.WriteAllText(
            Path.Join(directory, ".credentials.json"),
            """{"claudeAiOauth":{"accessToken":"sk-ant-oat01-test","refreshToken":"r","expiresAt":4102444800000,"scopes":["user:inference","user:profile"],"subscriptionType":"max"}}""");
    }

    /// <summary>
    /// A <c>linesmith</c> path whose <c>linesmith-fetch</c> (docs/spec/fetcher.md) is a script that keeps
    /// the request it is sent and answers HTTP 500: where a command sends its request, seen in-process.
    /// </summary>
    private string RecordingFetcher()
    {
        var fetcher = _dir.Join("bin", "linesmith-fetch");
        Directory.CreateDirectory(Path.GetDirectoryName(fetcher)!);
        File.WriteAllText(fetcher, $"#!/bin/sh\n/bin/cat > '{_dir.Join("request")}'\nprintf '{{\"status\":500}}'\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(fetcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        return _dir.Join("bin", "linesmith");
    }

    /// <summary>The visible text of a rendered line: its SGR sequences removed.</summary>
    private static string TerminalTextOf(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\u001b\\[[0-9;]*m", string.Empty);
}
