using Linesmith.Rendering;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>The flex item (<c>{ type = "flex" }</c>) and <c>overflow = "wrap"</c>.</summary>
public sealed class FlexAndWrapTests
{
    private const string Flex = """
        [line]
        segments = ["model", "context_window", { type = "flex" }, "rate_limit_5h", "rate_limit_7d"]
        """;

    [Fact]
    public void A_flex_item_pushes_the_rest_of_the_line_to_the_right_edge()
    {
        var line = Render("full.json", Flex, width: 60);

        Assert.Equal("Opus 4.5 · ctx: 42%" + new string(' ', 60 - 19 - 21) + "5h: 22.4% · 7d: 61.0%", line);
        Assert.Equal(60, CellWidth.Of(line));
    }

    [Fact]
    public void Without_a_width_a_flex_item_is_one_space()
    {
        Assert.Equal("Opus 4.5 · ctx: 42% 5h: 22.4% · 7d: 61.0%", Render("full.json", Flex));
    }

    [Fact]
    public void A_flex_item_first_aligns_the_whole_line_right()
    {
        var line = Render("full.json", "[line]\nsegments = [{ type = \"flex\" }, \"model\"]\n", width: 20);

        Assert.Equal("            Opus 4.5", line);
    }

    [Fact]
    public void Two_flex_items_share_the_room_the_first_taking_the_odd_cell()
    {
        var line = Render("full.json", "[line]\nsegments = [\"model\", { type = \"flex\" }, \"cost\", { type = \"flex\" }, \"rate_limit_5h\"]\n", width: 31);

        Assert.Equal("Opus 4.5" + new string(' ', 5) + "$1.23" + new string(' ', 4) + "5h: 22.4%", line);
    }

    [Fact]
    public void On_a_narrow_line_segments_still_drop_by_priority_and_the_flex_moves_to_the_next_kept_one()
    {
        const string Config = """
            [line]
            segments = ["model", "workspace", { type = "flex" }, "git_branch", "rate_limit_5h"]
            """;

        Assert.Equal("Opus 4.5" + new string(' ', 23 - 8 - 9) + "5h: 22.4%", Render("full.json", Config, width: 23));
    }

    [Fact]
    public void Flex_with_powerline_points_the_right_blocks_left()
    {
        var line = Render("full.json", "theme = \"nord\"\n" + Flex + "\n[layout_options]\nstyle = \"powerline\"\n", ColorDepth.TrueColor, width: 70);
        var text = System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty);

        Assert.Equal(70, CellWidth.Of(text));
        Assert.Matches("^ Opus 4.5 \uE0B0 ctx: 42% \uE0B0 +\uE0B2 5h: 22.4% \uE0B2 7d: 61.0% $", text);
        // The first left arrow stands on the terminal's background, the second on the block before it.
        Assert.Contains("\\e[38;2;163;190;140m\uE0B2", Visible(line), StringComparison.Ordinal);
        Assert.Contains("48;2;163;190;140m\uE0B2", Visible(line), StringComparison.Ordinal);
    }

    [Fact]
    public void Wrap_moves_what_does_not_fit_onto_the_next_line_instead_of_dropping_it()
    {
        var config = "[layout_options]\noverflow = \"wrap\"\n";

        Assert.Equal("Opus 4.5 · ctx: 42% · $1.23\nlinesmith · 5h: 22.4%\n7d: 61.0%", Render("full.json", config, width: 27));
        Assert.Equal(Render("full.json"), Render("full.json", config));
    }

    [Fact]
    public void Wrap_cuts_a_segment_wider_than_the_line_on_a_line_of_its_own()
    {
        Assert.Equal("Opus 4.5\nctx: 42%\n$1.23\nlinesmi…\n5h:…\n7d:…", Render("full.json", "[layout_options]\noverflow = \"wrap\"\n", width: 8));
    }

    [Fact]
    public void Wrap_with_capsules_keeps_each_line_within_the_cells()
    {
        var line = Render("full.json", "[layout_options]\noverflow = \"wrap\"\nstyle = \"capsule\"\n", ColorDepth.TrueColor, width: 30);
        var lines = System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty).Split('\n');

        Assert.True(lines.Length > 1);
        Assert.All(lines, text => Assert.True(CellWidth.Of(text) <= 30, text));
        Assert.Equal(6, lines.Sum(text => text.Count(c => c == '\uE0B6')));
    }

    [Fact]
    public void A_huge_width_pads_the_flex_and_nothing_else()
    {
        var line = Render("full.json", Flex, width: TerminalColumns.MaxColumns);

        Assert.Equal(TerminalColumns.MaxColumns, CellWidth.Of(line));
        Assert.StartsWith("Opus 4.5 · ctx: 42% ", line, StringComparison.Ordinal);
    }
}
