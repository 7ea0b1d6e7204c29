using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>OSC 8 links (issue 12, <c>pr</c>): only a plain http(s) URL may become a link target, and only when links are on.</summary>
public sealed class SafeLinkTests
{
    [Theory]
    [InlineData("https://github.com/me/demo-project/pull/123")]
    [InlineData("http://git.example.com:8080/x/y/-/merge_requests/4?tab=a;b#c")]
    [InlineData("HTTPS://GITHUB.COM/A/B/PULL/1")]
    public void A_plain_http_url_passes_unchanged(string url)
    {
        Assert.Equal(url, SafeLink.Check(url));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("data:text/html,x")]
    [InlineData("ssh://github.com/a/b")]
    [InlineData("vscode://file/etc/passwd")]
    [InlineData("github.com/a/b/pull/1")]
    [InlineData("https:/github.com/a")]
    [InlineData("https:\\\\github.com\\a")]
    [InlineData("https://")]
    [InlineData("https://github.com/a\u001B]8;;file:///etc/passwd\u001B\\")]
    [InlineData("https://github.com/a\u0007")]
    [InlineData("https://github.com/a\u009C")]
    [InlineData("https://github.com/a\u007F")]
    [InlineData("https://github.com/a\nb")]
    [InlineData("https://github.com/a b")]
    [InlineData("https://github.com/a\tb")]
    [InlineData("https://gіthub.com/a")]
    [InlineData("https://github.com/\u202Ea")]
    public void Anything_else_is_refused(string? url)
    {
        Assert.Null(SafeLink.Check(url));
    }

    [Fact]
    public void A_url_longer_than_the_cap_is_refused_not_cut()
    {
        var url = "https://github.com/" + new string('a', SafeLink.MaxLength);

        Assert.Null(SafeLink.Check(url));
        Assert.NotNull(SafeLink.Check(url[..SafeLink.MaxLength]));
    }

    [Theory]
    [InlineData("Auto", "None", false)]
    [InlineData("Auto", "Basic16", true)]
    [InlineData("Auto", "TrueColor", true)]
    [InlineData("Always", "None", true)]
    [InlineData("Never", "TrueColor", false)]
    public void Links_follow_the_colour_decision_unless_set(string configured, string depth, bool expected)
    {
        // A terminal that draws links, so that only the colour decision and the setting are in question.
        var kitty = EnvironmentSnapshot.Of(("TERM", "xterm-kitty"));

        Assert.Equal(expected, LinkDetection.Enabled(Enum.Parse<ColorMode>(configured), Enum.Parse<ColorDepth>(depth), kitty));
    }

    [Fact]
    public void The_writer_wraps_consecutive_runs_with_one_url_in_one_link()
    {
        const string Url = "https://example.com/1";
        var runs = new TextRun[] { new("PR: ", StyleRole.Muted), new("#1", StyleRole.Accent, Link: Url), new(" ok", StyleRole.Success, Link: Url), new(" x", StyleRole.Muted) };

        Assert.Equal($"PR: \u001B]8;;{Url}\u001B\\#1 ok\u001B]8;;\u001B\\ x", new AnsiWriter(BuiltInThemes.Default, ColorDepth.None, links: true).Write(runs));
        Assert.Equal("PR: #1 ok x", new AnsiWriter(BuiltInThemes.Default, ColorDepth.None).Write(runs));
    }

    [Fact]
    public void The_writer_closes_a_link_at_the_end_and_never_writes_a_refused_one()
    {
        var runs = new TextRun[] { new("a", StyleRole.Muted, Link: "https://example.com/a"), new("b", StyleRole.Muted, Link: "file:///etc/passwd") };

        Assert.Equal("\u001B]8;;https://example.com/a\u001B\\a\u001B]8;;\u001B\\b", new AnsiWriter(BuiltInThemes.Default, ColorDepth.None, links: true).Write(runs));
        Assert.Equal("\u001B]8;;https://example.com/a\u001B\\a\u001B]8;;\u001B\\", new AnsiWriter(BuiltInThemes.Default, ColorDepth.None, links: true).Write([runs[0]]));
    }

    [Fact]
    public void An_unknown_links_value_is_warned_about_and_auto_is_used()
    {
        var config = LinesmithConfig.From(ConfigFile.Parse("[layout_options]\nlinks = \"sometimes\"\n", "config.toml"), Linesmith.Platform.EnvironmentSnapshot.Empty);

        Assert.Equal(ColorMode.Auto, config.Links);
        Assert.Contains(config.Problems.All, problem => problem.ToString().Contains("layout_options.links: unknown value 'sometimes' (expected auto, always or never); using auto", StringComparison.Ordinal));
    }
}
