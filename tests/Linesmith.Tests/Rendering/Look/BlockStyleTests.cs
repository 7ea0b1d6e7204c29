using Linesmith.Rendering;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>The powerline and capsule styles: filled blocks, arrow colours between them, the plain fallback, widths.</summary>
public sealed class BlockStyleTests
{
    private const string TwoSegments = """
        theme = "nord"
        [line]
        segments = ["model", "cost"]
        [layout_options]
        style = "powerline"
        """;

    [Fact]
    public void Each_arrow_takes_the_block_before_as_foreground_and_the_block_after_as_background()
    {
        // nord: model primary #88c0d0, cost info #81a1c1, text in the background #2e3440.
        Assert.Equal(
            "\\e[38;2;46;52;64;48;2;136;192;208m \\e[0m\\e[38;2;46;52;64;48;2;136;192;208mOpus 4.5\\e[0m\\e[38;2;46;52;64;48;2;136;192;208m \\e[0m"
            + "\\e[38;2;136;192;208;48;2;129;161;193m\uE0B0\\e[0m"
            + "\\e[38;2;46;52;64;48;2;129;161;193m \\e[0m\\e[38;2;46;52;64;48;2;129;161;193m$1.23\\e[0m\\e[38;2;46;52;64;48;2;129;161;193m \\e[0m"
            + "\\e[38;2;129;161;193m\uE0B0\\e[0m",
            Visible(Render("full.json", TwoSegments, ColorDepth.TrueColor)));
    }

    [Fact]
    public void With_sixteen_colours_the_blocks_take_the_named_colours_of_their_roles()
    {
        Assert.Equal(
            "\\e[30;44m \\e[0m\\e[30;44mOpus 4.5\\e[0m\\e[30;44m \\e[0m\\e[34;46m\uE0B0\\e[0m\\e[30;46m \\e[0m\\e[30;46m$1.23\\e[0m\\e[30;46m \\e[0m\\e[36m\uE0B0\\e[0m",
            Visible(Render("full.json", TwoSegments, ColorDepth.Basic16)));
    }

    [Fact]
    public void Capsules_round_each_block_in_its_own_colour_on_the_terminals_background()
    {
        var line = Visible(Render("full.json", TwoSegments.Replace("powerline", "capsule", StringComparison.Ordinal), ColorDepth.TrueColor));

        Assert.StartsWith("\\e[38;2;136;192;208m\uE0B6\\e[0m\\e[38;2;46;52;64;48;2;136;192;208m \\e[0m", line, StringComparison.Ordinal);
        Assert.Contains("\\e[38;2;136;192;208m\uE0B4\\e[0m\\e[38;2;97;110;136m \\e[0m\\e[38;2;129;161;193m\uE0B6\\e[0m", line, StringComparison.Ordinal);
        Assert.EndsWith("\\e[38;2;129;161;193m\uE0B4\\e[0m", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("powerline")]
    [InlineData("capsule")]
    public void Without_colour_the_line_is_the_plain_one(string style)
    {
        var config = $"[layout_options]\nstyle = \"{style}\"\n";

        Assert.Equal(Render("full.json"), Render("full.json", config));
        Assert.Equal("Opus 4.5 · ctx: 42% · 5h: 22.4%", Render("full.json", config, width: 31));
    }

    [Fact]
    public void A_block_turns_with_its_threshold_colour()
    {
        var line = Render("claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json", "theme = \"nord\"\n[line]\nsegments = [\"rate_limit_5h\"]\n[layout_options]\nstyle = \"powerline\"\n", ColorDepth.TrueColor);

        // 95.3% is past yellow: the block is nord's critical #bf616a.
        Assert.Contains("48;2;191;97;106m 5h: 95.3% \\e[0m", Visible(line).Replace("\\e[0m\\e[38;2;46;52;64;48;2;191;97;106m", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Style_colours_override_the_block()
    {
        var line = Visible(Render("full.json", TwoSegments + "\n[style.cost]\nfg = \"#ffffff\"\nbg = \"#000000\"\n", ColorDepth.TrueColor));

        Assert.Contains("\\e[38;2;136;192;208;48;2;0;0;0m\uE0B0", line, StringComparison.Ordinal);
        Assert.Contains("\\e[38;2;255;255;255;48;2;0;0;0m$1.23", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, 31, "Opus 4.5 · ctx: 42% · $1.23")]
    [InlineData(2, 31, "Opus 4.5 · ctx: 42%")]
    [InlineData(1, 200, "Opus 4.5 · ctx: 42% · $1.23 · linesmith · 5h: 22.4% · 7d: 61.0%")]
    public void Powerline_width_counts_each_arrow_in_the_cells(int arrowCells, int width, string kept)
    {
        var config = $"[layout_options]\nstyle = \"powerline\"\npowerline_width = {arrowCells}\n";

        var line = Text(Render("full.json", config, ColorDepth.TrueColor, width: width));

        Assert.Equal(kept, string.Join(" · ", line.Split('\uE0B0', StringSplitOptions.RemoveEmptyEntries).Select(block => block.Trim()).Where(block => block.Length > 0)));
        var arrows = line.Count(c => c == '\uE0B0');
        Assert.True(CellWidth.Of(line) + (arrows * (arrowCells - 1)) <= width);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(5)]
    [InlineData(1)]
    public void A_line_too_narrow_for_its_first_block_cuts_it_and_never_overflows(int width)
    {
        var line = Text(Render("full.json", "[layout_options]\nstyle = \"powerline\"\n", ColorDepth.TrueColor, width: width));

        Assert.True(CellWidth.Of(line) <= width, $"'{line}' is wider than {width}");
        Assert.Contains("…", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_powerline_width_warns_and_keeps_one()
    {
        var problem = Assert.Single(LookHarness.Problems("[layout_options]\npowerline_width = 3\n"));

        Assert.Equal("layout_options.powerline_width: expected an integer from 1 to 2, found 3; using 1", problem.ToString()[(problem.ToString().IndexOf(')', StringComparison.Ordinal) + 2)..]);
    }

    private static string Text(string line) => System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty);
}
