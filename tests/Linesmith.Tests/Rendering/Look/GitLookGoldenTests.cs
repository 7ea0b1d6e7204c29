using System.Globalization;
using System.Text;
using Linesmith.Rendering;
using Linesmith.Tests.Segments;
using Linesmith.Tests.Segments.Git;
using Linesmith.Tests.TestSupport;
using Linesmith.TestSupport;
using static Linesmith.Tests.Rendering.Look.LookHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>
/// The git segments that read git's answer and the commit object (git_status, git_age) beside git_branch and
/// git_operation, on repositories made by the real git with fixed commit times: every style × icon set × colour
/// depth × width, kept in Golden/renders/look-git.txt (regenerate with <c>LINESMITH_UPDATE_GOLDEN=1</c>).
/// </summary>
public sealed class GitLookGoldenTests
{
    private const string Line = """
        [line]
        segments = ["model", "git_branch", "git_operation", "git_status", "git_age"]
        [segments.git_branch]
        dirty = true
        timeout_ms = 5000
        [segments.git_status]
        timeout_ms = 5000
        """;

    [Fact]
    public void Git_segments_in_every_style_icon_set_depth_and_width()
    {
        var golden = new StringBuilder();
        using var changes = new ScratchRepository(RenderHarness.Now.AddHours(-3));
        changes.MakeMixedChanges();
        using var conflict = new ScratchRepository(RenderHarness.Now.AddDays(-12));
        conflict.MakeMergeConflict("x.txt", "y.txt");

        foreach (var (name, repo) in new[] { ("changes", changes), ("conflict", conflict) })
        {
            var json = $$"""{"model":{"id":"claude-opus-4-5","display_name":"Opus 4.5"},"cwd":{{System.Text.Json.JsonSerializer.Serialize(repo.Path)}}}""";
            foreach (var style in new[] { "plain", "powerline", "capsule" })
            {
                foreach (var icons in new[] { "default", "nerdfont", "unicode", "ascii", "off" })
                {
                    var options = $"\n[layout_options]\nstyle = \"{style}\"\n" + (icons == "default" ? string.Empty : $"icons = \"{icons}\"\n");
                    foreach (var depth in new[] { ColorDepth.None, ColorDepth.TrueColor })
                    {
                        foreach (int? width in new int?[] { null, 40, 24, 12 })
                        {
                            var line = new SegmentLine { Environment = GitStatusSegmentTests.Environment(repo), Depth = depth, Width = width };
                            golden.Append($"## {name} style={style} icons={icons} depth={depth} width={width?.ToString(CultureInfo.InvariantCulture) ?? "none"}\n");
                            golden.Append(Visible(line.Render(json, Line + options))).Append('\n');
                        }
                    }
                }
            }
        }

        GoldenText.AssertMatches("renders/look-git.txt", golden.ToString());
    }
}
