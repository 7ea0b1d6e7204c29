using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>
/// The segments read from <c>.git</c> files alone (issue 14): git_operation, git_sha, git_tag, git_stash,
/// git_repo, on repositories written by hand (no git process), with the hostile shapes of docs/hostile-inputs.md.
/// </summary>
public sealed class GitFileSegmentTests : IDisposable
{
    private const string Commit = "3f1c2ab4d5e6f708192a3b4c5d6e7f8091a2b3c4";
    private const string Other = "0123456789abcdef0123456789abcdef01234567";

    private readonly TempDir _repo = new();
    private readonly SegmentLine _line = new();

    public GitFileSegmentTests()
    {
        Directory.CreateDirectory(Git("refs", "heads"));
        File.WriteAllText(Git("HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Git("refs", "heads", "main"), Commit + "\n");
    }

    public void Dispose() => _repo.Dispose();

    private string Git(params string[] parts) => Path.Join([_repo.Path, ".git", .. parts]);

    private string Show(string id, string keys = "") =>
        _line.Segment($$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(_repo.Path)}}}""", id, keys);

    [Fact]
    public void Sha_reads_a_loose_ref_a_packed_one_or_a_detached_head()
    {
        Assert.Equal("3f1c2ab", Show("git_sha"));
        Assert.Equal("3f1c2ab4d5e6", Show("git_sha", "length = 12"));

        File.Delete(Git("refs", "heads", "main"));
        File.WriteAllText(Git("packed-refs"), $"# pack-refs with: peeled fully-peeled sorted\n{Other} refs/heads/main\n");
        Assert.Equal("0123456", Show("git_sha"));

        File.WriteAllText(Git("HEAD"), Commit + "\n");
        Assert.Equal("3f1c2ab", Show("git_sha"));
    }

    [Theory]
    [InlineData("ref: refs/heads/../../../../etc/passwd\n")]
    [InlineData("ref: /etc/passwd\n")]
    [InlineData("ref: refs/heads/none\n")]
    [InlineData("not a head\n")]
    public void Sha_is_hidden_for_a_head_it_cannot_follow_safely(string headFile)
    {
        File.WriteAllText(Git("HEAD"), headFile);
        Assert.Equal(string.Empty, Show("git_sha"));
    }

    [Fact]
    public void Tag_finds_packed_peeled_and_loose_tags_at_head()
    {
        Assert.Equal(string.Empty, Show("git_tag"));

        File.WriteAllText(Git("packed-refs"), $"{Other} refs/tags/v1.0\n{Other} refs/tags/v1.1\n^{Commit}\n{Commit} refs/tags/v1.2\n");
        Directory.CreateDirectory(Git("refs", "tags", "rel"));
        File.WriteAllText(Git("refs", "tags", "rel", "2026"), Commit + "\n");

        Assert.Equal("rel/2026, v1.1, v1.2", Show("git_tag"));
    }

    [Fact]
    public void Stash_counts_the_stash_log()
    {
        Assert.Equal(string.Empty, Show("git_stash"));
        Directory.CreateDirectory(Git("logs", "refs"));
        File.WriteAllText(Git("logs", "refs", "stash"), $"{Other} {Commit} A <a@b> 1 +0000\tWIP on main\n{Commit} {Other} A <a@b> 2 +0000\tWIP on main\n");

        Assert.Equal("stash: 2", Show("git_stash"));
    }

    [Theory]
    [InlineData("rebase-merge", "msgnum=2,end=5", "rebase 2/5")]
    [InlineData("rebase-merge", "msgnum=9,end=5", "rebase")]
    [InlineData("rebase-apply", "next=1,last=3,rebasing=", "rebase 1/3")]
    [InlineData("rebase-apply", "next=1,last=3,applying=", "am 1/3")]
    [InlineData("", "MERGE_HEAD=x", "merge")]
    [InlineData("", "CHERRY_PICK_HEAD=x", "cherry-pick")]
    [InlineData("", "REVERT_HEAD=x", "revert")]
    [InlineData("", "BISECT_LOG=x", "bisect")]
    public void Operation_reads_the_marker_files(string directory, string files, string expected)
    {
        var root = directory.Length > 0 ? Git(directory) : Git();
        Directory.CreateDirectory(root);
        foreach (var pair in files.Split(','))
        {
            var (name, value) = (pair[..pair.IndexOf('=', StringComparison.Ordinal)], pair[(pair.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            File.WriteAllText(Path.Join(root, name), value + "\n");
        }

        Assert.Equal(expected, Show("git_operation"));
    }

    [Fact]
    public void Operation_is_hidden_when_none_is_in_progress()
    {
        Assert.Equal(string.Empty, Show("git_operation"));
    }

    [Theory]
    [InlineData("git@github.com:owner/linesmith.git", "", "linesmith")]
    [InlineData("https://github.com/owner/linesmith", "owner = true", "owner/linesmith")]
    [InlineData("ssh://git@host:22/srv/repos/tool.git/", "", "tool")]
    [InlineData("/srv/repos/local", "", "local")]
    public void Repo_names_the_repository_from_the_remote_url(string url, string keys, string expected)
    {
        File.WriteAllText(Git("config"), $"[core]\n\tfsmonitor = touch /tmp/linesmith-pwned\n[remote \"upstream\"]\n\turl = https://x/y/other.git\n[remote \"origin\"]\n\turl = {url}\n\tfetch = +refs/heads/*:refs/remotes/origin/*\n");

        Assert.Equal(expected, Show("git_repo", keys));
        Assert.Equal("other", Show("git_repo", "remote = \"upstream\""));
        Assert.False(File.Exists("/tmp/linesmith-pwned"));
    }

    [Fact]
    public void Repo_is_hidden_without_the_remote_or_with_a_config_that_is_not_a_file()
    {
        Assert.Equal(string.Empty, Show("git_repo"));
        Directory.CreateDirectory(Git("config"));
        Assert.Equal(string.Empty, Show("git_repo"));
    }

    [Fact]
    public void A_linked_worktree_reads_the_shared_files_from_the_common_directory()
    {
        File.WriteAllText(Git("config"), "[remote \"origin\"]\n\turl = git@h:o/shared.git\n");
        var worktreeGit = Git("worktrees", "wt");
        Directory.CreateDirectory(worktreeGit);
        File.WriteAllText(Path.Join(worktreeGit, "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Join(worktreeGit, "commondir"), "../..\n");
        using var tree = new TempDir();
        File.WriteAllText(Path.Join(tree.Path, ".git"), "gitdir: " + worktreeGit + "\n");
        var json = $$"""{"cwd":{{System.Text.Json.JsonSerializer.Serialize(tree.Path)}}}""";

        Assert.Equal("shared", _line.Segment(json, "git_repo"));
        Assert.Equal("3f1c2ab", _line.Segment(json, "git_sha"));
    }
}
