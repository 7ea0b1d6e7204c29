using Linesmith.Platform;
using Linesmith.Tests.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>git_status on repositories made by the real git: the counts, their keys, and the one git status shared with git_branch.</summary>
public sealed class GitStatusSegmentTests : IDisposable
{
    private readonly ScratchRepository _repo = new(RenderHarness.Now.AddHours(-3));

    private readonly SegmentLine _line;

    public GitStatusSegmentTests()
    {
        _line = new SegmentLine { Environment = Environment(_repo) };
    }

    public void Dispose() => _repo.Dispose();

    /// <summary>The render's environment: an absolute PATH to find git, and the scratch HOME without user config.</summary>
    internal static EnvironmentSnapshot Environment(ScratchRepository repo) =>
        EnvironmentSnapshot.Of(("PATH", System.Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin"), ("HOME", repo.Home), ("GIT_CONFIG_NOSYSTEM", "1"));

    private string Json => $$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(_repo.Path)}}}""";

    /// <summary>With a bound no loaded machine reaches, unless the test sets its own.</summary>
    private string Show(string keys = "") => _line.Segment(Json, "git_status", keys.Contains("timeout_ms", StringComparison.Ordinal) ? keys : keys + "\ntimeout_ms = 5000");

    [Fact]
    public void Staged_unstaged_and_untracked_entries_are_counted_as_git_status_shows_them()
    {
        _repo.MakeMixedChanges();

        Assert.Equal("+2 !2 ?2", Show());
    }

    [Fact]
    public void A_clean_work_tree_hides_the_segment_unless_zeros_are_shown()
    {
        _repo.Commit("a.txt", "a\n");

        Assert.Equal(string.Empty, Show());
        Assert.Equal("+0 !0 ?0 =0", Show("hide_zeros = false"));
    }

    [Fact]
    public void Conflicted_entries_after_a_real_merge_conflict()
    {
        _repo.MakeMergeConflict("x.txt", "y.txt");

        Assert.Equal("=2", Show());
    }

    [Fact]
    public void Each_count_can_be_left_out_and_given_its_own_symbol()
    {
        _repo.MakeMixedChanges();

        Assert.Equal("S2 ?2", Show("unstaged = false\nstaged_symbol = \"S\""));
        Assert.Equal("2 2 2", Show("staged_symbol = \"\"\nunstaged_symbol = \"\"\nuntracked_symbol = \"\""));
        Assert.Equal(string.Empty, Show("staged = false\nunstaged = false\nuntracked = false\nconflicted = false"));
        Assert.Equal("± changes: +2 !2 ?2", Show("icon = \"±\"\nlabel = \"changes\""));
    }

    [Fact]
    public void A_symbol_with_escape_sequences_reaches_the_terminal_stripped()
    {
        _repo.MakeMixedChanges();

        var line = Show("staged_symbol = \"\\u001b]0;pwned\\u0007\\u001b[31m+\"\nunstaged = false\nuntracked = false");

        Assert.DoesNotContain('\u001b', line);
        Assert.EndsWith("+2", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("timeout_ms = 0", "timeout_ms", "using 300")]
    [InlineData("timeout_ms = 5001", "timeout_ms", "using 300")]
    [InlineData("timeout_ms = -1", "timeout_ms", "using 300")]
    [InlineData("timeout_ms = 1e3", "timeout_ms", "using 300")]
    [InlineData("timeout_ms = 2147483648", "timeout_ms", "using 300")]
    [InlineData("hide_zeros = \"yes\"\ntimeout_ms = 5000", "hide_zeros", "default")]
    [InlineData("staged = 1\ntimeout_ms = 5000", "staged", "default")]
    [InlineData("staged_symbol = 3\ntimeout_ms = 5000", "staged_symbol", "")]
    public void A_key_out_of_range_or_of_another_type_warns_and_keeps_the_default(string keys, string key, string says)
    {
        _repo.MakeMixedChanges();

        var line = Show(keys);

        var problem = Assert.Single(_line.Problems.All);
        Assert.Equal("segments.git_status." + key, problem.KeyPath);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
        if (!key.StartsWith("timeout", StringComparison.Ordinal))
        {
            Assert.Equal("+2 !2 ?2", line);
        }
    }

    [Fact]
    public void Without_git_on_an_absolute_path_the_segment_hides_and_git_branch_still_shows()
    {
        _repo.MakeMixedChanges();
        var line = new SegmentLine { Environment = EnvironmentSnapshot.Of(("PATH", "relative/bin")) };

        Assert.Equal("⎇ main", line.Render(Json, "[line]\nsegments = [\"git_branch\", \"git_status\"]\n"));
    }

    [Fact]
    public void Outside_a_repository_the_segment_hides()
    {
        using var plain = new TempDir();

        Assert.Equal(string.Empty, _line.Segment($$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(plain.Path)}}}""", "git_status"));
    }

    [Fact]
    public void Git_branch_and_git_status_share_one_answer()
    {
        _repo.MakeMixedChanges();

        Assert.Equal("⎇ main* · +2 !2 ?2", _line.Render(Json, "[line]\nsegments = [\"git_branch\", \"git_status\"]\n[segments.git_branch]\ndirty = true\ntimeout_ms = 5000\n"));
    }
}
