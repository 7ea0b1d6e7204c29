using System.Text.RegularExpressions;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A real repository for git_branch renders: <c>main</c> one commit ahead of and one behind its
/// upstream (the local branch <c>base</c>), a tracked <c>f.txt</c>, an empty HOME (no user config
/// unless a test writes one), and a linesmith config that shows git_branch with <c>dirty</c> and
/// <c>ahead_behind</c> on. Tests plant programs in it and look for the marker files they would write.
/// </summary>
internal sealed partial class GitRig : IDisposable
{
    private readonly TempDir _temp = new();

    public GitRig()
    {
        Home = _temp.Join("home");
        Repository = _temp.Join("repo");
        Markers = _temp.Join("markers");
        Directory.CreateDirectory(Home);
        Directory.CreateDirectory(Repository);
        Directory.CreateDirectory(Markers);
        SetTimeout(5000);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["NO_COLOR"] = "1",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["LINESMITH_CACHE_DIR"] = _temp.Join("cache"),
            ["LINESMITH_LOG"] = "debug",
        };

        Git("init", "-q", "-b", "main");
        Write("f.txt", "one\n");
        Git("add", "f.txt");
        Git("commit", "-q", "-m", "one");
        Git("branch", "base");
        Git("checkout", "-q", "base");
        Write("g.txt", "upstream\n");
        Git("add", "g.txt");
        Git("commit", "-q", "-m", "upstream");
        Git("checkout", "-q", "main");
        Write("h.txt", "local\n");
        Git("add", "h.txt");
        Git("commit", "-q", "-m", "local");
        Git("branch", "-q", "--set-upstream-to=base");
    }

    public string Home { get; }

    public string Repository { get; }

    public string Markers { get; }

    public string ConfigPath => _temp.Join("config.toml");

    /// <summary>The git_branch bound for the renders (5 s by default, so that a loaded machine cannot turn a result into a timeout).</summary>
    public void SetTimeout(int milliseconds) => File.WriteAllText(ConfigPath, $"[line]\nsegments = [\"git_branch\"]\n[segments.git_branch]\ndirty = true\nahead_behind = true\ntimeout_ms = {milliseconds}\n");

    public string GitDirectory => Path.Join(Repository, ".git");

    public Dictionary<string, string> Environment { get; }

    /// <summary>What the rig disposes with itself (a server a test started).</summary>
    public List<IDisposable> Disposables { get; } = [];

    /// <summary>A shell command that creates the marker <paramref name="name"/>.</summary>
    public string Plant(string name) => $"touch '{MarkerPath(name)}'";

    public string MarkerPath(string name) => Path.Join(Markers, name);

    /// <summary>The markers that exist now (the programs that ran).</summary>
    public string[] Fired() => [.. Directory.GetFiles(Markers).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    public void ClearMarkers()
    {
        foreach (var file in Directory.GetFiles(Markers))
        {
            File.Delete(file);
        }
    }

    public void Write(string relative, string text)
    {
        var path = Path.Join(Repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>A script file that creates the marker <paramref name="marker"/>, executable.</summary>
    public void WriteScript(string path, string marker)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, $"#!/bin/sh\n{Plant(marker)}\ncat\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
    }

    /// <summary>Makes <paramref name="relative"/> need a content check: same bytes, a new modification time.</summary>
    public void Touch(string relative) => File.SetLastWriteTimeUtc(Path.Join(Repository, relative), DateTime.UtcNow.AddSeconds(5));

    /// <summary>Runs git in the repository; it must succeed (set-up).</summary>
    public void Git(params string[] arguments)
    {
        var result = Control(arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Stderr}");
    }

    /// <summary>Runs git in the repository as a user would, success or not (the control that shows a plant is live).</summary>
    public ProcessResult Control(params string[] arguments) => GitIn(Repository, arguments);

    /// <summary>Like <see cref="Control"/>, with variables added to (or replacing) the rig's environment.</summary>
    public ProcessResult ControlWith(IReadOnlyDictionary<string, string> variables, params string[] arguments) => GitIn(Repository, variables, arguments);

    public ProcessResult GitIn(string directory, params string[] arguments) => GitIn(directory, new Dictionary<string, string>(), arguments);

    private ProcessResult GitIn(string directory, IReadOnlyDictionary<string, string> variables, string[] arguments)
    {
        var environment = new Dictionary<string, string>(Environment)
        {
            ["GIT_AUTHOR_NAME"] = "t",
            ["GIT_COMMITTER_NAME"] = "t",
            ["GIT_AUTHOR_EMAIL"] = "t@example.com",
            ["GIT_COMMITTER_EMAIL"] = "t@example.com",
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return ProcessRunner.Run("git", ["-C", directory, .. arguments], environment);
    }

    /// <summary>Renders with the payload's workspace in the repository; returns the line without colours.</summary>
    public string Render(string? directory = null)
    {
        var payload = $$$"""{"model":{"id":"claude-opus-4-5","display_name":"Opus"},"workspace":{"current_dir":"{{{directory ?? Repository}}}"}}""";
        var result = RenderRunner.Render(Environment, payload, "--config", ConfigPath);
        return Sgr().Replace(RenderRunner.AssertOneSafeLine(result), string.Empty).Trim();
    }

    public string Log() => File.Exists(_temp.Join("cache", "linesmith.log")) ? File.ReadAllText(_temp.Join("cache", "linesmith.log")) : string.Empty;

    public void Dispose()
    {
        foreach (var disposable in Disposables)
        {
            disposable.Dispose();
        }

        _temp.Dispose();
    }

    [GeneratedRegex("\u001b\\[[0-9;]*m")]
    private static partial Regex Sgr();
}
