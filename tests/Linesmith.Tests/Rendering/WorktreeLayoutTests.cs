using System.Diagnostics;
using System.Globalization;
using System.Text;
using Linesmith.Rendering;
using Linesmith.TestSupport;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// A worktree session as <c>claude -w fix-cache</c> makes it, in a real repository: the workspace
/// (<c>demo-project [fix-cache]</c>) outlives the branch (<c>⎇ worktree-fix-cache</c>) and the cost
/// at the widths Claude Code gives, yet the 5-hour and 7-day numbers still outlive the workspace, and
/// a <c>priority</c> the user set wins.
/// </summary>
public sealed class WorktreeLayoutTests : IDisposable
{
    /// <summary>A minute after payload 5 was sent: its rate-limit windows have not reset.</summary>
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2026-12-01T06:10:00Z", CultureInfo.InvariantCulture);

    private readonly TempDir _dir = new();

    public WorktreeLayoutTests()
    {
        var project = _dir.Join("src", "demo-project");
        Directory.CreateDirectory(project);
        Git(project, "init", "-q", "-b", "main");
        File.WriteAllText(Path.Join(project, "a.txt"), "a");
        Git(project, "add", "a.txt");
        Git(project, "commit", "-q", "-m", "a");
        Git(project, "worktree", "add", "-q", "-b", "worktree-fix-cache", Path.Join(".claude", "worktrees", "fix-cache"));
    }

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(160, "Opus 5.5 · ctx: 1% · $0.03 · ⎇ worktree-fix-cache · demo-project [fix-cache] · 5h: 95.3% · 7d: 80.0%")]
    [InlineData(80, "Opus 5.5 · ctx: 1% · demo-project [fix-cache] · 5h: 95.3% · 7d: 80.0%")]
    [InlineData(77, "Opus 5.5 · ctx: 1% · demo-project [fix-cache] · 5h: 95.3% · 7d: 80.0%")]
    [InlineData(60, "Opus 5.5 · ctx: 1% · $0.03 · 5h: 95.3% · 7d: 80.0%")]
    [InlineData(50, "Opus 5.5 · ctx: 1% · 5h: 95.3% · 7d: 80.0%")]
    public void The_worktree_session_names_the_project_before_the_branch_and_the_rate_limits_outlive_both(int columns, string expected)
    {
        Assert.Equal(expected, Line("payload-5-midturn-worktree-ratelimits", columns));
    }

    [Theory]
    [InlineData("priority = 64")]
    [InlineData("priority = 64\n[segments.cost]\npriority = 40")]
    public void A_priority_the_user_set_wins_in_a_worktree_session(string toml)
    {
        Assert.Equal("Opus 5.5 · ctx: 1% · $0.03 · ⎇ worktree-fix-cache · 5h: 95.3% · 7d: 80.0%", Line("payload-5-midturn-worktree-ratelimits", 80, "[segments.workspace]\n" + toml));
    }

    [Theory]
    [InlineData("priority = 300")]
    [InlineData("priority = -1")]
    [InlineData("priority = \"high\"")]
    [InlineData("priority = 1e3")]
    public void A_refused_priority_leaves_the_worktree_default(string toml)
    {
        Assert.Equal("Opus 5.5 · ctx: 1% · demo-project [fix-cache] · 5h: 95.3% · 7d: 80.0%", Line("payload-5-midturn-worktree-ratelimits", 80, "[segments.workspace]\n" + toml));
    }

    [Fact]
    public void Outside_a_worktree_the_workspace_keeps_its_priority()
    {
        // The same width as above: without a worktree the workspace still goes before the branch and the cost.
        Assert.Equal("Opus 5.5 · ctx: 1% · $0.03 · ⎇ main · 5h: 22.4% · 7d: 61.0%", Line("payload-3-after-response-max-ratelimits", 77));
    }

    /// <summary>The real payload with its paths moved into the scratch repository, rendered in the cells Claude Code gives at <paramref name="columns"/>.</summary>
    private string Line(string payload, int columns, string toml = "")
    {
        var text = Encoding.UTF8.GetString(PayloadBytes(Path.Join("claude-code-2.1.332", payload + ".json"))).Replace("/home/me/", _dir.Path + "/", StringComparison.Ordinal);
        return RenderBytes(Encoding.UTF8.GetBytes(text), toml, width: LineWidth.Cells(columns, 0), now: Now);
    }

    private static void Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "t";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "t@example.com";
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
