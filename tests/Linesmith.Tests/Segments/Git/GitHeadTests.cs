using Linesmith.Segments.Git;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>The branch read from the repository's files: plain repositories, worktrees, detached HEAD.</summary>
public sealed class GitHeadTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Repo(string name, string head)
    {
        var root = _dir.Join(name);
        Directory.CreateDirectory(Path.Join(root, ".git"));
        File.WriteAllText(Path.Join(root, ".git", "HEAD"), head);
        return root;
    }

    [Fact]
    public void A_branch_is_read_from_head()
    {
        var root = Repo("repo", "ref: refs/heads/feature/cache\n");

        Assert.Equal("feature/cache", GitHead.Find(root)!.Branch);
    }

    [Fact]
    public void The_repository_is_found_from_a_subdirectory()
    {
        var root = Repo("repo", "ref: refs/heads/main\n");
        var deep = Path.Join(root, "src", "a", "b");
        Directory.CreateDirectory(deep);

        var head = GitHead.Find(deep)!;

        Assert.Equal("main", head.Display);
        Assert.Equal(root, head.WorkTree);
    }

    [Fact]
    public void A_detached_head_shows_the_short_commit_id()
    {
        var root = Repo("repo", "3f9c2a17b0d4e5f60718293a4b5c6d7e8f901234\n");

        var head = GitHead.Find(root)!;

        Assert.Null(head.Branch);
        Assert.Equal("3f9c2a1", head.Display);
    }

    [Fact]
    public void A_worktree_follows_its_gitdir_file()
    {
        var main = Repo("main", "ref: refs/heads/main\n");
        var worktreeGitDir = Path.Join(main, ".git", "worktrees", "fix");
        Directory.CreateDirectory(worktreeGitDir);
        File.WriteAllText(Path.Join(worktreeGitDir, "HEAD"), "ref: refs/heads/fix-cache\n");
        var worktree = _dir.Join("fix");
        Directory.CreateDirectory(worktree);
        File.WriteAllText(Path.Join(worktree, ".git"), "gitdir: ../main/.git/worktrees/fix\n");

        Assert.Equal("fix-cache", GitHead.Find(worktree)!.Branch);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("")]
    [InlineData("ref: ")]
    public void An_unreadable_head_is_no_repository(string head)
    {
        Assert.Null(GitHead.Find(Repo("repo", head)));
    }

    [Fact]
    public void Outside_any_repository_there_is_none()
    {
        var plain = _dir.Join("plain");
        Directory.CreateDirectory(plain);

        Assert.Null(GitHead.Find(plain));
    }
}
