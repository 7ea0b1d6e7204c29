using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// Issue 11 item 2 through the published binary: a render runs in whatever project Claude Code has
/// open, so a relative path variable must never let that project's files choose the config (and with
/// it where the token goes), the credentials or the cache. The project here plants everything a
/// relative value could reach; the user's own HOME has its own config and a server of the user's
/// choosing, which must be the only one that sees the token.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class RelativeDirectoryTests : IDisposable
{
    private const string PlantedToken = "sk-ant-oat01-PLANTED-BY-THE-PROJECT";

    private readonly TempDir _temp = new();
    private readonly TestHttpServer _chosen = new();
    private readonly TestHttpServer _planted = new();

    public RelativeDirectoryTests()
    {
        Home = _temp.Join("home");
        Project = _temp.Join("project");
        Directory.CreateDirectory(Path.Join(Home, ".claude"));
        File.WriteAllText(Path.Join(Home, ".claude", ".credentials.json"), Credentials(UsageRig.Token));
        WriteConfig(Path.Join(Home, ".config", "linesmith", "config.toml"), _chosen.BaseUrl);

        // Everything a relative XDG_CONFIG_HOME, LINESMITH_CONFIG, HOME or CLAUDE_CONFIG_DIR could reach from the project.
        WriteConfig(Path.Join(Project, "relcfg", "linesmith", "config.toml"), _planted.BaseUrl);
        WriteConfig(Path.Join(Project, "planted.toml"), _planted.BaseUrl);
        WriteConfig(Path.Join(Project, "relhome", ".config", "linesmith", "config.toml"), _planted.BaseUrl);
        foreach (var claude in (string[])["relclaude", "relcfg/claude", "relhome/.claude", "relhome/.config/claude"])
        {
            Directory.CreateDirectory(Path.Join(Project, claude));
            File.WriteAllText(Path.Join(Project, claude, ".credentials.json"), Credentials(PlantedToken));
        }
    }

    private string Home { get; }

    private string Project { get; }

    [Theory]
    [InlineData("XDG_CONFIG_HOME", "relcfg")]
    [InlineData("XDG_CONFIG_HOME", "./relcfg")]
    [InlineData("LINESMITH_CONFIG", "planted.toml")]
    [InlineData("CLAUDE_CONFIG_DIR", "relclaude")]
    public void A_relative_variable_never_sends_the_token_where_the_project_chose(string name, string value)
    {
        var environment = Environment((name, value));

        var render = RenderRunner.RenderIn(Project, environment, System.Text.Encoding.UTF8.GetBytes(RenderRunner.Payload));
        var usage = ProcessRunner.LinesmithIn(Project, environment, "usage", "--json");

        Assert.Contains("42", RenderRunner.AssertOneSafeLine(render), StringComparison.Ordinal);
        Assert.Equal(0, usage.ExitCode);
        Assert.Equal(0, _planted.RequestCount);
        Assert.NotEqual(0, _chosen.RequestCount);
        Assert.All(_chosen.Requests, request => Assert.Equal($"Bearer {UsageRig.Token}", request.Headers["authorization"]));
    }

    [Fact]
    public void A_relative_home_reads_nothing_from_the_project()
    {
        var environment = Environment(("HOME", "relhome"));

        var render = RenderRunner.RenderIn(Project, environment, System.Text.Encoding.UTF8.GetBytes(RenderRunner.Payload));

        RenderRunner.AssertOneSafeLine(render);
        Assert.Equal(0, _planted.RequestCount);
        Assert.Equal(0, _chosen.RequestCount);
        Assert.False(Directory.Exists(Path.Join(Project, "relhome", ".cache")));
    }

    [Theory]
    [InlineData("XDG_CACHE_HOME", "relcache")]
    [InlineData("XDG_CACHE_HOME", ".")]
    [InlineData("LINESMITH_CACHE_DIR", "relcache")]
    [InlineData("LINESMITH_CACHE_DIR", ".")]
    public void A_relative_cache_variable_writes_nothing_into_the_project_and_the_cache_stays_shared(string name, string value)
    {
        var environment = Environment((name, value));

        RenderRunner.AssertOneSafeLine(RenderRunner.RenderIn(Project, environment, System.Text.Encoding.UTF8.GetBytes(RenderRunner.Payload)));
        var usage = ProcessRunner.LinesmithIn(Project, environment, "usage", "--json");
        var clear = ProcessRunner.LinesmithIn(Project, environment, "cache", "clear");

        Assert.Equal(0, usage.ExitCode);
        Assert.Equal(0, clear.ExitCode);
        Assert.Empty(Directory.EnumerateFiles(Project, "usage.*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Project, "linesmith.log", SearchOption.AllDirectories));
        Assert.False(Directory.Exists(Path.Join(Project, "relcache")));
        Assert.True(File.Exists(Path.Join(Home, ".cache", "linesmith", "linesmith.log")), "the render logs to the user's own cache");
    }

    [Theory]
    [InlineData("XDG_CONFIG_HOME", "relcfg")]
    [InlineData("LINESMITH_CACHE_DIR", "relcache")]
    [InlineData("HOME", "relhome")]
    [InlineData("CLAUDE_CONFIG_DIR", "relclaude")]
    public void Check_config_and_doctor_name_the_ignored_variable(string name, string value)
    {
        var environment = Environment((name, value));

        var check = ProcessRunner.LinesmithIn(Project, environment, "--check-config");
        var doctor = ProcessRunner.LinesmithIn(Project, environment, "doctor");

        Assert.Equal(1, check.ExitCode);
        Assert.Contains($"environment: {name}: \"{value}\" is not an absolute path; ignored", check.Stdout, StringComparison.Ordinal);
        Assert.Contains($"{name}: \"{value}\" is not an absolute path; ignored", doctor.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relative_config_on_the_command_line_is_the_users_choice_and_resolves_in_the_current_directory()
    {
        var check = ProcessRunner.LinesmithIn(Project, Environment(), "--check-config", "--config", "planted.toml");

        Assert.Equal(0, check.ExitCode);
        Assert.Equal("planted.toml: OK\n", check.Stdout);
    }

    public void Dispose()
    {
        _chosen.Dispose();
        _planted.Dispose();
        _temp.Dispose();
    }

    private static string Credentials(string token) => $$$"""{"claudeAiOauth":{"accessToken":"{{{token}}}","scopes":["user:inference","user:profile"]}}""";

    private static void WriteConfig(string path, string baseUrl)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, RenderRunner.UsageConfig + $"\n[usage]\napi_base_url = \"{baseUrl}\"\n");
    }

    private Dictionary<string, string> Environment(params (string Name, string Value)[] extra)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["LINESMITH_LOG"] = "debug",
        };
        foreach (var (name, value) in extra)
        {
            environment[name] = value;
        }

        return environment;
    }
}
