using System.Text;
using Linesmith.Rendering;
using Linesmith.Segments.Git;
using Linesmith.TestSupport;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary><c>[layout_options] link_segments</c>: OSC 8 links to a segment's natural target, sanitised, off without links.</summary>
public sealed class SegmentLinkTests
{
    private const string Linked = """
        [line]
        segments = ["model", "workspace"]
        [layout_options]
        link_segments = ["workspace", "model"]
        """;

    [Fact]
    public void The_workspace_links_its_directory_and_the_model_the_documentation()
    {
        Assert.Equal(
            "\\e]8;;https://docs.anthropic.com/en/docs/about-claude/models/overview\\e\\Opus 4.5\\e]8;;\\e\\ · \\e]8;;file:///home/me/src/linesmith\\e\\linesmith\\e]8;;\\e\\",
            Visible(Render("full.json", Linked, links: true)));
    }

    [Fact]
    public void Without_links_or_without_the_key_nothing_is_linked()
    {
        Assert.Equal("Opus 4.5 · linesmith", Render("full.json", Linked, links: false));
        Assert.Equal("Opus 4.5 · linesmith", Render("full.json", "[line]\nsegments = [\"model\", \"workspace\"]\n", links: true));
    }

    [Fact]
    public void A_hostile_directory_name_is_percent_encoded_into_printable_ascii()
    {
        var payload = Encoding.UTF8.GetBytes("{\"model\":{\"display_name\":\"Opus\"},\"workspace\":{\"project_dir\":\"/tmp/\\u001b]8;;evil\\u0007 ü\\\\x\"}}");

        var line = Visible(RenderBytes(payload, Linked, links: true));

        Assert.Contains("\\e]8;;file:///tmp/%1B%5D8%3B%3Bevil%07%20%C3%BC/x\\e\\", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("relative/dir", null)]
    [InlineData("", null)]
    [InlineData("/", "file:///")]
    [InlineData("C:\\Users\\me\\app", "file:///C:/Users/me/app")]
    public void A_directory_becomes_a_file_url_only_when_absolute(string path, string? url)
    {
        Assert.Equal(url, FileLink.For(path));
    }

    [Fact]
    public void A_path_longer_than_a_link_may_be_is_not_linked()
    {
        Assert.Null(FileLink.For("/" + new string('a', SafeLink.MaxLength)));
    }

    [Fact]
    public void A_payload_cannot_make_a_segment_link_to_a_local_file()
    {
        var payload = Encoding.UTF8.GetBytes("{\"pr\":{\"number\":7,\"url\":\"file:///Applications/Calculator.app\"}}");

        var line = RenderBytes(payload, "[line]\nsegments = [\"pr\"]\n", links: true);

        Assert.DoesNotContain("\u001B]8", line, StringComparison.Ordinal);
        Assert.Contains("#7", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_with_no_link_target_is_warned_about()
    {
        var problem = Assert.Single(Problems("[layout_options]\nlink_segments = [\"cost\"]\n"));

        Assert.Equal("layout_options.link_segments", problem.KeyPath);
        Assert.Equal("segment 'cost' has no link target (only workspace, model, git_branch); ignored", problem.Message);
    }

    [Theory]
    [InlineData("https://github.com/me/demo.git", "github.com", "me/demo")]
    [InlineData("https://user:ghp_secret@github.com/me/demo", "github.com", "me/demo")]
    [InlineData("git@github.com:me/demo.git", "github.com", "me/demo")]
    [InlineData("ssh://git@gitlab.com:2222/group/sub/demo.git", "gitlab.com", "group/sub/demo")]
    [InlineData("http://git.example.org/demo/", "git.example.org", "demo")]
    public void A_remote_names_its_host_and_repository_without_credentials(string remote, string host, string path)
    {
        Assert.Equal((host, path), RemoteWebPage.Repository(remote));
    }

    [Theory]
    [InlineData("/srv/git/demo.git")]
    [InlineData("../demo")]
    [InlineData("file:///srv/git/demo.git")]
    [InlineData("javascript://alert(1)/x")]
    [InlineData("git@local\u001b[31mhost:me/demo")]
    [InlineData("https://github.com")]
    public void A_local_or_odd_remote_has_no_web_page(string remote)
    {
        Assert.Null(RemoteWebPage.Repository(System.Text.RegularExpressions.Regex.Unescape(remote)));
    }

    [Fact]
    public void The_branch_links_its_page_on_the_origin_remote_escaped()
    {
        using var repository = new TempDir();
        Directory.CreateDirectory(repository.Join(".git"));
        File.WriteAllText(repository.Join(".git", "HEAD"), "ref: refs/heads/fix/ü #1\n");
        File.WriteAllText(repository.Join(".git", "config"), "[core]\n\tbare = false\n[remote \"upstream\"]\n\turl = https://github.com/other/x\n[remote \"origin\"]\n\turl = git@github.com:me/demo.git\n");

        Assert.Equal("https://github.com/me/demo/tree/fix/%C3%BC%20%231", RemoteWebPage.For(repository.Path));
    }

    [Fact]
    public void A_worktree_reads_the_remote_of_its_main_repository()
    {
        using var repository = new TempDir();
        var worktreeGit = repository.Join("main", ".git", "worktrees", "wt");
        Directory.CreateDirectory(worktreeGit);
        Directory.CreateDirectory(repository.Join("wt"));
        File.WriteAllText(repository.Join("main", ".git", "config"), "[remote \"origin\"]\n\turl = https://codeberg.org/me/demo.git\n");
        File.WriteAllText(Path.Join(worktreeGit, "HEAD"), "ref: refs/heads/feature\n");
        File.WriteAllText(Path.Join(worktreeGit, "commondir"), "../..\n");
        File.WriteAllText(repository.Join("wt", ".git"), "gitdir: " + worktreeGit + "\n");

        Assert.Equal("https://codeberg.org/me/demo/src/branch/feature", RemoteWebPage.For(repository.Join("wt")));
    }

    [Fact]
    public void A_repository_without_origin_or_a_detached_head_has_no_branch_page()
    {
        using var repository = new TempDir();
        Directory.CreateDirectory(repository.Join(".git"));
        File.WriteAllText(repository.Join(".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(repository.Join(".git", "config"), "[remote \"fork\"]\n\turl = https://github.com/me/demo\n");

        Assert.Null(RemoteWebPage.For(repository.Path));

        File.WriteAllText(repository.Join(".git", "config"), "[remote \"origin\"]\n\turl = https://github.com/me/demo\n");
        File.WriteAllText(repository.Join(".git", "HEAD"), "0123456789abcdef0123456789abcdef01234567\n");
        Assert.Null(RemoteWebPage.For(repository.Path));
    }
}
