using System.Text.Json.Nodes;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// The <c>pr</c> segment's OSC 8 link through the published binary: written with the colours in a terminal
/// known to draw links (or with <c>links = "always"</c>), never with <c>NO_COLOR</c>, never where the
/// terminal would print the sequence as text, and never for a URL that is not plain http(s): then the line
/// carries no escape sequence but SGR colours.
/// </summary>
public sealed class LinkProcessTests : IDisposable
{
    private const string Url = "https://github.com/me/demo-project/pull/123";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private Dictionary<string, string> Env(params (string Name, string Value)[] extra)
    {
        var env = new Dictionary<string, string> { ["HOME"] = _dir.Join("home"), ["LINESMITH_CACHE_DIR"] = _dir.Join("cache") };
        foreach (var (name, value) in extra)
        {
            env[name] = value;
        }

        return env;
    }

    private string Config(string links)
    {
        var path = _dir.Join($"links-{links}.toml");
        File.WriteAllText(path, $"[line]\nsegments = [\"model\", \"pr\"]\n[layout_options]\nlinks = \"{links}\"\n");
        return path;
    }

    private static string Payload(string url)
    {
        var payload = JsonNode.Parse(File.ReadAllText(Path.Join(RepoPaths.Root, "tests", "Linesmith.Tests", "Golden", "payloads", "gateway-pr.json")))!;
        payload["pr"]!["url"] = url;
        return payload.ToJsonString();
    }

    [Theory]
    [InlineData("TERM_PROGRAM", "iTerm.app")]
    [InlineData("TERM_PROGRAM", "vscode")]
    [InlineData("WT_SESSION", "1")]
    [InlineData("VTE_VERSION", "7600")]
    [InlineData("FORCE_HYPERLINK", "1")]
    public void With_colours_in_a_terminal_that_draws_links_the_pr_number_is_a_link(string name, string value)
    {
        var result = RenderRunner.Render(Env(("TERM", "xterm-256color"), (name, value)), Payload(Url), "--config", Config("auto"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"\u001B]8;;{Url}\u001B\\", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, result.Stdout.Split("\u001B]8;;").Length - 1);
    }

    [Theory]
    [InlineData("TERM", "xterm-256color")]
    [InlineData("TERM", "linux")]
    [InlineData("TERM_PROGRAM", "Apple_Terminal")]
    [InlineData("FORCE_HYPERLINK", "0")]
    public void In_a_terminal_not_known_to_draw_links_auto_writes_the_text_alone(string name, string value)
    {
        var result = RenderRunner.Render(Env(("TERM", "xterm-256color"), ("TERM_PROGRAM", "tmux"), ("TERM_PROGRAM_VERSION", "3.3a"), (name, value)), Payload(Url), "--config", Config("auto"));

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("\u001B]8;", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("#123", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void No_color_means_no_link_unless_links_are_always_on()
    {
        var plain = RenderRunner.Render(Env(("TERM", "xterm-256color"), ("NO_COLOR", "1")), Payload(Url), "--config", Config("auto"));
        var forced = RenderRunner.Render(Env(("NO_COLOR", "1")), Payload(Url), "--config", Config("always"));

        Assert.Equal("Opus 5.5 · PR: #123 changes requested", RenderRunner.AssertOneSafeLine(plain));
        Assert.Equal($"Opus 5.5 · PR: \u001B]8;;{Url}\u001B\\#123\u001B]8;;\u001B\\ changes requested\n", forced.Stdout);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("https://x.test/\u001B]8;;file:///etc/passwd\u001B\\")]
    [InlineData("https://x.test/\u0007\u001B[2J")]
    [InlineData("https://x.test/\u009D0;title\u009C")]
    [InlineData("https://x.test/a b")]
    [InlineData("https://x.tést/")]
    [InlineData("//x.test/pull/1")]
    public void A_url_that_is_not_plain_http_never_becomes_a_link(string url)
    {
        var result = RenderRunner.Render(Env(("TERM", "xterm-256color")), Payload(url), "--config", Config("always"));

        var line = RenderRunner.AssertOneSafeLine(result);
        Assert.Contains("#123", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_very_long_url_never_becomes_a_link()
    {
        var result = RenderRunner.Render(Env(), Payload("https://x.test/" + new string('a', 100_000)), "--config", Config("always"));

        Assert.Equal("Opus 5.5 · PR: #123 changes requested", RenderRunner.AssertOneSafeLine(result));
    }
}
