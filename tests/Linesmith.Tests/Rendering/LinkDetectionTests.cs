using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// <c>links = "auto"</c> writes OSC 8 links only in a terminal known to draw them (issue 14: "off when the
/// terminal or host cannot show them"). Each row is the environment a terminal passes to Claude Code and
/// so to linesmith.
/// </summary>
public sealed class LinkDetectionTests
{
    [Theory]
    // Terminals that name themselves and draw links.
    [InlineData(true, "TERM_PROGRAM=iTerm.app", "TERM_PROGRAM_VERSION=3.5.10")]
    [InlineData(true, "TERM_PROGRAM=iTerm.app")]
    [InlineData(true, "TERM_PROGRAM=vscode", "TERM_PROGRAM_VERSION=1.96.2")]
    [InlineData(true, "TERM_PROGRAM=WezTerm", "TERM_PROGRAM_VERSION=20240203-110809-5046fc22")]
    [InlineData(true, "TERM_PROGRAM=ghostty")]
    [InlineData(true, "TERM_PROGRAM=tmux", "TERM_PROGRAM_VERSION=3.4")]
    [InlineData(true, "TERM_PROGRAM=tmux", "TERM_PROGRAM_VERSION=3.5a")]
    [InlineData(true, "WT_SESSION=0b5a3f6e-1c2d-4e5f-8a9b-0c1d2e3f4a5b")]
    [InlineData(true, "KITTY_WINDOW_ID=1")]
    [InlineData(true, "TERM=xterm-kitty")]
    [InlineData(true, "TERM=alacritty")]
    [InlineData(true, "TERM=foot")]
    [InlineData(true, "TERM=xterm-256color", "VTE_VERSION=7600")]
    [InlineData(true, "TERM=xterm-256color", "VTE_VERSION=5001")]
    // Versions before links, and terminals that do not draw them or print them as text.
    [InlineData(false, "TERM_PROGRAM=iTerm.app", "TERM_PROGRAM_VERSION=3.0.15")]
    [InlineData(false, "TERM_PROGRAM=vscode", "TERM_PROGRAM_VERSION=1.71.0")]
    [InlineData(false, "TERM_PROGRAM=tmux", "TERM_PROGRAM_VERSION=3.3a")]
    [InlineData(false, "TERM_PROGRAM=tmux")]
    [InlineData(false, "TERM_PROGRAM=Apple_Terminal", "TERM_PROGRAM_VERSION=453")]
    [InlineData(false, "TERM=xterm-256color", "VTE_VERSION=5000")]
    [InlineData(false, "TERM=linux")]
    [InlineData(false, "TERM=linux", "KITTY_WINDOW_ID=1")]
    [InlineData(false, "TERM=xterm-256color")]
    [InlineData(false, "TERM=screen-256color")]
    [InlineData(false)]
    // The user's word, either way.
    [InlineData(true, "TERM=linux", "FORCE_HYPERLINK=1")]
    [InlineData(true, "FORCE_HYPERLINK=yes")]
    [InlineData(false, "TERM_PROGRAM=iTerm.app", "FORCE_HYPERLINK=0")]
    [InlineData(false, "TERM=xterm-kitty", "FORCE_HYPERLINK=false")]
    [InlineData(true, "TERM=xterm-kitty", "FORCE_HYPERLINK=")]
    public void Auto_writes_links_only_where_a_terminal_draws_them(bool expected, params string[] variables)
    {
        var environment = Environment(variables);

        Assert.Equal(expected, LinkDetection.Supported(environment));
        Assert.Equal(expected, LinkDetection.Enabled(ColorMode.Auto, ColorDepth.TrueColor, environment));
    }

    [Theory]
    [InlineData("TERM_PROGRAM_VERSION=")]
    [InlineData("TERM_PROGRAM_VERSION=x.y")]
    [InlineData("TERM_PROGRAM_VERSION=.4")]
    [InlineData("TERM_PROGRAM_VERSION=99999999999999999999.1")]
    [InlineData("TERM_PROGRAM_VERSION=3.4.5.6.7.8.9.0.1.2.3.4.5.6.7.8.9.0.1.2")]
    [InlineData("TERM_PROGRAM_VERSION=-3.4")]
    [InlineData("TERM_PROGRAM_VERSION=\u0663.\u0664")]
    public void A_version_that_is_not_one_counts_as_unknown(string version)
    {
        // tmux needs a known version; iTerm2 is trusted without one (every iTerm2 that sets no version draws links).
        Assert.False(LinkDetection.Supported(Environment(["TERM_PROGRAM=tmux", version])));
        Assert.True(LinkDetection.Supported(Environment(["TERM_PROGRAM=iTerm.app", version])));
    }

    [Theory]
    [InlineData("VTE_VERSION=abc")]
    [InlineData("VTE_VERSION=-7600")]
    [InlineData("VTE_VERSION=99999999999999999999")]
    [InlineData("VTE_VERSION=0.76.0")]
    public void A_vte_version_that_is_not_a_number_counts_as_unknown(string version)
    {
        Assert.False(LinkDetection.Supported(Environment(["TERM=xterm-256color", version])));
        Assert.True(LinkDetection.Supported(Environment(["TERM=foot", version])));
    }

    [Fact]
    public void Colour_off_means_no_links_even_in_a_terminal_that_draws_them()
    {
        var kitty = Environment(["TERM=xterm-kitty", "FORCE_HYPERLINK=1"]);

        Assert.False(LinkDetection.Enabled(ColorMode.Auto, ColorDepth.None, kitty));
        Assert.True(LinkDetection.Enabled(ColorMode.Always, ColorDepth.None, Environment(["TERM=linux"])));
        Assert.False(LinkDetection.Enabled(ColorMode.Never, ColorDepth.TrueColor, kitty));
    }

    private static EnvironmentSnapshot Environment(string[] variables)
    {
        var pairs = variables.Select(v => (v[..v.IndexOf('=')], v[(v.IndexOf('=') + 1)..])).ToArray();
        return EnvironmentSnapshot.Of(pairs);
    }
}
