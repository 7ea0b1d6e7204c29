using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary><c>[layout_options] icons</c>: a set for every segment of the table, overrides as before.</summary>
public sealed class IconSetTests
{
    private const string Line = """
        [line]
        segments = ["model", "context_window", "cost", "git_branch", "workspace", "rate_limit_5h", "rate_limit_7d"]
        """;

    [Fact]
    public void Every_segment_of_the_table_has_an_icon_in_every_set()
    {
        foreach (var row in SegmentTable.Rows)
        {
            Assert.True(SegmentIcons.Has(row.Id), $"segment '{row.Id}' has no icon in Rendering/SegmentIcons.cs");
            foreach (var set in new[] { IconChoice.NerdFont, IconChoice.Unicode, IconChoice.Ascii })
            {
                var icon = SegmentIcons.For(row.Id, set)!;
                Assert.NotEqual(string.Empty, icon);
                Assert.InRange(CellWidth.Of(icon), 1, 2);
            }
        }
    }

    [Fact]
    public void The_ascii_set_is_printable_ascii_and_the_unicode_set_has_no_emoji()
    {
        foreach (var row in SegmentTable.Rows)
        {
            Assert.All(SegmentIcons.For(row.Id, IconChoice.Ascii)!, c => Assert.InRange(c, '!', '~'));
            foreach (var rune in SegmentIcons.For(row.Id, IconChoice.Unicode)!.EnumerateRunes())
            {
                Assert.Equal(1, CellWidth.Of(rune));
                Assert.True(rune.Value < 0x1F000, $"{row.Id}: U+{rune.Value:X4}");
            }
        }
    }

    [Theory]
    [InlineData("", "Opus 4.5 · ctx: 42% · $1.23 · linesmith · 5h: 22.4% · 7d: 61.0%")]
    [InlineData("unicode", "✦ Opus 4.5 · ◔ ctx: 42% · ¤ $1.23 · ⌂ linesmith · ⧗ 5h: 22.4% · ▦ 7d: 61.0%")]
    [InlineData("ascii", "* Opus 4.5 · # ctx: 42% · $ $1.23 · ~ linesmith · % 5h: 22.4% · % 7d: 61.0%")]
    [InlineData("nerdfont", "\U000F06A9 Opus 4.5 · \U000F035B ctx: 42% · \uF155 $1.23 · \uF07C linesmith · \U000F051F 5h: 22.4% · \uF073 7d: 61.0%")]
    [InlineData("off", "Opus 4.5 · ctx: 42% · $1.23 · linesmith · 5h: 22.4% · 7d: 61.0%")]
    public void Each_set_puts_its_icon_before_each_segment(string set, string expected)
    {
        var options = set.Length == 0 ? string.Empty : $"[layout_options]\nicons = \"{set}\"\n";

        Assert.Equal(expected, Render("full.json", Line + "\n" + options));
    }

    [Fact]
    public void A_segments_own_icon_wins_over_the_set_and_an_empty_one_turns_it_off()
    {
        const string Config = Line + """

            [layout_options]
            icons = "unicode"
            [segments.model]
            icon = "M"
            [segments.cost]
            icon = ""
            """;

        Assert.StartsWith("M Opus 4.5 · ◔ ctx: 42% · $1.23 · ⌂", Render("full.json", Config), StringComparison.Ordinal);
    }

    [Fact]
    public void Off_removes_the_branch_icon_the_segment_has_by_default()
    {
        var config = "[line]\nsegments = [\"worktree_branch\"]\n";

        Assert.Equal("⎇ worktree-fix-cache", Render("claude-code-2.1.332/payload-4-startup-worktree-vim-named.json", config));
        Assert.Equal("worktree-fix-cache", Render("claude-code-2.1.332/payload-4-startup-worktree-vim-named.json", config + "[layout_options]\nicons = \"off\"\n"));
    }

    [Fact]
    public void An_icon_override_with_escape_sequences_reaches_the_terminal_without_them()
    {
        var line = Render("full.json", "[line]\nsegments = [\"model\"]\n[segments.model]\nicon = \"\\u001b[2J\\u001b]8;;http://x\\u0007\"\n", ColorDepth.TrueColor, links: true);

        Assert.DoesNotContain("\u001B[2J", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B]", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\u0007', line);
    }

    [Fact]
    public void An_unknown_set_warns_and_keeps_the_segments_own_icons()
    {
        var problem = Assert.Single(Problems("[layout_options]\nicons = \"emoji\"\n"));

        Assert.Equal("layout_options.icons", problem.KeyPath);
        Assert.Equal("unknown value 'emoji' (expected nerdfont, unicode, ascii or off); using the default", problem.Message);
    }
}
