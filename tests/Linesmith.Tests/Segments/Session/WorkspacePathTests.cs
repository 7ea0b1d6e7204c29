using Linesmith.Platform;
using Linesmith.Segments.Session;

namespace Linesmith.Tests.Segments.Session;

/// <summary>The <c>workspace</c> segment's <c>path</c> styles (issue 14), from the real payloads and the edges.</summary>
public sealed class WorkspacePathTests
{
    private static readonly SegmentLine Line = new() { Environment = EnvironmentSnapshot.Of(("HOME", "/home/me")) };

    private static readonly string Startup = SegmentLine.Golden("claude-code-2.1.332/payload-1-startup-apikey.json");

    private static readonly string Worktree = SegmentLine.Golden("claude-code-2.1.332/payload-4-startup-worktree-vim-named.json");

    [Theory]
    [InlineData("", "demo-project")]
    [InlineData("path = \"basename\"", "demo-project")]
    [InlineData("path = \"full\"", "/home/me/src/demo-project")]
    [InlineData("path = \"home\"", "~/src/demo-project")]
    [InlineData("path = \"fish\"", "~/s/demo-project")]
    [InlineData("path = \"last\"", "src/demo-project")]
    [InlineData("path = \"last\"\ncomponents = 3", "me/src/demo-project")]
    [InlineData("path = \"last\"\ncomponents = 64", "home/me/src/demo-project")]
    public void Each_style_writes_the_project_directory(string keys, string expected)
    {
        Assert.Equal(expected, Line.Segment(Startup, "workspace", keys));
    }

    [Theory]
    [InlineData("path = \"home\"", "~/src/demo-project [fix-cache]")]
    [InlineData("path = \"fish\"", "~/s/demo-project [fix-cache]")]
    public void A_worktree_session_keeps_the_worktree_after_the_styled_project(string keys, string expected)
    {
        Assert.Equal(expected, Line.Segment(Worktree, "workspace", keys));
    }

    [Theory]
    [InlineData("/home/me", nameof(PathStyle.Home), "~")]
    [InlineData("/home/me/", nameof(PathStyle.Home), "~")]
    [InlineData("/home/meadow/x", nameof(PathStyle.Home), "/home/meadow/x")]
    [InlineData("/srv/x", nameof(PathStyle.Home), "/srv/x")]
    [InlineData("/", nameof(PathStyle.Basename), "/")]
    [InlineData("/", nameof(PathStyle.Fish), "/")]
    [InlineData("/home/me/.config/linesmith", nameof(PathStyle.Fish), "~/.c/linesmith")]
    [InlineData("/usr/local/share", nameof(PathStyle.Fish), "/u/l/share")]
    [InlineData(@"C:\Users\me\src\app", nameof(PathStyle.Fish), @"C:\U\m\s\app")]
    [InlineData(@"C:\Users\me\src\app", nameof(PathStyle.Last), @"src\app")]
    [InlineData("relative", nameof(PathStyle.Fish), "relative")]
    public void Edges(string path, string style, string expected)
    {
        Assert.Equal(expected, WorkspacePath.Format(path, Enum.Parse<PathStyle>(style), "/home/me", 2));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/home")]
    [InlineData("/")]
    public void A_home_that_is_unset_relative_or_the_root_is_not_abbreviated(string? home)
    {
        Assert.Equal("/home/me/src", WorkspacePath.Format("/home/me/src", PathStyle.Home, home, 2));
    }

    [Fact]
    public void An_unknown_style_or_a_count_out_of_range_warns_and_keeps_the_default()
    {
        var line = new SegmentLine();
        Assert.Equal("demo-project", line.Segment(Startup, "workspace", "path = \"tilde\""));
        Assert.Contains(line.Problems.All, problem => problem.KeyPath == "segments.workspace.path");
        Assert.Equal("src/demo-project", line.Segment(Startup, "workspace", "path = \"last\"\ncomponents = 0"));
        Assert.Contains(line.Problems.All, problem => problem.KeyPath == "segments.workspace.components");
    }
}
