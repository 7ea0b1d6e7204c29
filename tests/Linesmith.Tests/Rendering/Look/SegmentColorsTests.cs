using Linesmith.Rendering;
using static Linesmith.Tests.Rendering.Look.LookHarness;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary><c>[style]</c>: per-segment foreground and background, checked like every other key.</summary>
public sealed class SegmentColorsTests
{
    [Fact]
    public void A_hex_foreground_and_a_role_background_colour_the_segments_text()
    {
        const string Config = """
            [line]
            segments = ["model", "cost"]
            [style.model]
            fg = "#102030"
            bg = "accent"
            """;

        Assert.Equal(
            "\\e[38;2;16;32;48;48;2;198;120;221mOpus 4.5\\e[0m\\e[38;2;127;132;142m · \\e[0m\\e[38;2;86;182;194m$1.23\\e[0m",
            Visible(Render("full.json", Config, ColorDepth.TrueColor)));
    }

    [Fact]
    public void With_sixteen_colours_a_role_keeps_its_named_colour_and_a_hex_its_nearest()
    {
        const string Config = """
            [line]
            segments = ["model"]
            [style.model]
            fg = "#ffffff"
            bg = "critical"
            """;

        Assert.Equal("\\e[97;41mOpus 4.5\\e[0m", Visible(Render("full.json", Config, ColorDepth.Basic16)));
    }

    [Fact]
    public void Without_colour_the_overrides_print_nothing()
    {
        Assert.Equal("Opus 4.5", Render("full.json", "[line]\nsegments = [\"model\"]\n[style.model]\nfg = \"#102030\"\n"));
    }

    [Theory]
    [InlineData("red")]
    [InlineData("#12345")]
    [InlineData("#12345g")]
    [InlineData("102030")]
    [InlineData("")]
    public void A_value_that_is_no_colour_warns_at_its_line_and_column(string value)
    {
        var problem = Assert.Single(Problems($"[line]\nsegments = [\"model\"]\n\n[style.model]\nfg = \"{value}\"\n"));

        Assert.Equal("style.model.fg", problem.KeyPath);
        Assert.Equal((5, 1), (problem.Line, problem.Column));
        Assert.StartsWith("expected #rrggbb or a role", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_escape_sequence_in_a_colour_is_refused_and_not_echoed_raw()
    {
        var problem = Assert.Single(Problems("[style.model]\nfg = \"\\u001b]0;pwned\\u0007\"\n"));

        Assert.DoesNotContain('\u001B', problem.Message);
        Assert.DoesNotContain('\u0007', problem.Message);
    }

    [Fact]
    public void An_unknown_segment_and_an_unknown_key_are_warned_about()
    {
        var problems = Problems("[style.warp_drive]\nfg = \"accent\"\n[style.model]\nforeground = \"accent\"\n");

        Assert.Contains(problems, problem => problem.KeyPath == "style.warp_drive" && problem.Message == "unknown segment; ignored");
        Assert.Contains(problems, problem => problem.KeyPath == "style.model.foreground" && problem.Message == "unknown key; ignored");
    }

    [Fact]
    public void A_style_table_for_a_segment_off_the_line_is_no_problem()
    {
        Assert.Empty(Problems("[line]\nsegments = [\"model\"]\n[style.cost]\nbg = \"#000000\"\n"));
    }
}
