using System.Diagnostics;
using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Segments;
using Linesmith.Segments.Git;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>git_branch with a real repository, including the dirty and ahead/behind options that ask git.</summary>
public sealed class GitBranchSegmentTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "t";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "t@example.com";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static string Render(string directory, string toml)
    {
        var problems = new ConfigProblems();
        var file = ConfigFile.Parse(toml, "c");
        var settings = new SettingsTable("segments.git_branch", file.Root, problems);
        var context = new SegmentContext(new StatusPayload { Cwd = directory }, TimeProvider.System, TimeZoneInfo.Utc, () => throw new InvalidOperationException())
        {
            Environment = EnvironmentSnapshot.Of(("PATH", Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin"), ("GIT_CONFIG_NOSYSTEM", "1")),
        };
        return new GitBranchSegment(settings).Render(context)?.PlainText ?? "(hidden)";
    }

    [Fact]
    public void A_clean_repository_shows_the_branch_and_a_dirty_one_a_star()
    {
        var repo = _dir.Join("repo");
        Directory.CreateDirectory(repo);
        Git(repo, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Join(repo, "a.txt"), "a");
        Git(repo, "add", "a.txt");
        Git(repo, "commit", "-q", "-m", "a");

        // The longest bound: on a loaded machine git may need more than the default 300 ms, and a late git means no star.
        const string Dirty = "dirty = true\ntimeout_ms = 5000";
        Assert.Equal("⎇ main", Render(repo, Dirty));

        File.WriteAllText(Path.Join(repo, "a.txt"), "changed");
        Assert.Equal("⎇ main*", Render(repo, Dirty));
        Assert.Equal("⎇ main", Render(repo, string.Empty));
        Assert.Equal("main", Render(repo, "icon = \"\""));
    }

    [Fact]
    public void Outside_a_repository_the_segment_hides()
    {
        Assert.Equal("(hidden)", Render(_dir.Path, string.Empty));
    }
}
