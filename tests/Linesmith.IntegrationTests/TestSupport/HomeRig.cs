using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A temporary HOME for the user-facing commands: Claude Code's directory, the linesmith config
/// directory and the cache under it, and the environment that points the published binary there.
/// </summary>
internal sealed class HomeRig : IDisposable
{
    private readonly TempDir _temp = new();

    public HomeRig()
    {
        Home = _temp.Join("home");
        Directory.CreateDirectory(Home);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["COLORTERM"] = "truecolor",
        };
    }

    public string Home { get; }

    public Dictionary<string, string> Environment { get; }

    public string ClaudeDir => Path.Join(Home, ".claude");

    public string SettingsPath => Path.Join(ClaudeDir, "settings.json");

    public string ConfigPath => Path.Join(Home, ".config", "linesmith", "config.toml");

    public string CacheRoot => Path.Join(Home, ".cache", "linesmith");

    /// <summary>The <c>statusLine.command</c> install writes: the published binary's absolute path.</summary>
    public static string Binary => Path.GetFullPath(PublishedBinary.Path);

    public ProcessResult Run(params string[] arguments) => ProcessRunner.Linesmith(Environment, arguments);

    public void WriteSettings(string text)
    {
        Directory.CreateDirectory(ClaudeDir);
        File.WriteAllText(SettingsPath, text);
    }

    public string ReadSettings() => File.ReadAllText(SettingsPath);

    public void WriteCredentials(string scopes = "\"user:inference\", \"user:profile\"")
    {
        Directory.CreateDirectory(ClaudeDir);
        File.WriteAllText(Path.Join(ClaudeDir, ".credentials.json"), $$$"""{"claudeAiOauth":{"accessToken":"{{{UsageRig.Token}}}","scopes":[{{{scopes}}}]}}""");
    }

    public void Dispose() => _temp.Dispose();
}
