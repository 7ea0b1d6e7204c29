using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>The statusline render as Claude Code runs it: the published binary, a payload on stdin, the line on stdout.</summary>
public sealed class RenderProcessTests : IDisposable
{
    private const string Expected = "Opus 4.5 · ctx: 42% · $1.23 · linesmith · 5h: 22.4% · 7d: 61.0%\n";

    private readonly TempDir _dir = new();

    public RenderProcessTests()
    {
        Payload = File.ReadAllText(Path.Join(RepoPaths.Root, "examples", "payload.json"));
    }

    private string Payload { get; }

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

    private static ProcessResult Render(string stdin, Dictionary<string, string> env, params string[] arguments) =>
        ProcessRunner.Run(PublishedBinary.Path, arguments, env, stdin);

    [Fact]
    public void A_real_payload_prints_the_default_line_and_exits_0()
    {
        var result = Render(Payload, Env());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected, result.Stdout);
        Assert.Equal(string.Empty, result.Stderr);
    }

    [Fact]
    public void The_default_line_touches_neither_the_cache_nor_credentials()
    {
        Render(Payload, Env());

        Assert.False(Directory.Exists(_dir.Join("cache")));
    }

    [Fact]
    public void Stdin_that_never_closes_still_gives_the_line()
    {
        using var process = ProcessRunner.Start(PublishedBinary.Path, [], Env());
        process.StandardInput.Write(Payload);
        process.StandardInput.Flush();

        var exited = process.WaitForExit(TimeSpan.FromSeconds(15));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "linesmith waited for stdin to close");
        Assert.Equal(Expected, process.StandardOutput.ReadToEnd());
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public void An_incomplete_payload_on_open_stdin_ends_at_the_deadline_with_a_hint()
    {
        using var process = ProcessRunner.Start(PublishedBinary.Path, [], Env());
        process.StandardInput.Write("{\"model\": {\"display_name\": ");
        process.StandardInput.Flush();

        var exited = process.WaitForExit(TimeSpan.FromSeconds(15));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "linesmith waited for stdin past its deadline");
        Assert.Equal("linesmith: unreadable input\n", process.StandardOutput.ReadToEnd());
        Assert.Equal(0, process.ExitCode);
    }

    [Theory]
    [InlineData("", "linesmith: no input\n")]
    [InlineData("{ not json", "linesmith: unreadable input\n")]
    [InlineData("[1, 2, 3]", "linesmith: unreadable input\n")]
    public void Bad_input_is_a_short_hint_and_exit_0(string stdin, string hint)
    {
        var result = Render(stdin, Env());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(hint, result.Stdout);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_hint_is_dim_when_colour_is_on()
    {
        var result = Render(string.Empty, Env(("FORCE_COLOR", "1")));

        Assert.Equal("\u001B[2;90mlinesmith: no input\u001B[0m\n", result.Stdout);
    }

    [Fact]
    public void Colour_follows_term_and_the_flags()
    {
        var colored = Render(Payload, Env(("TERM", "xterm-256color")));
        var forcedOff = Render(Payload, Env(("TERM", "xterm-256color")), "--no-color");
        var noColor = Render(Payload, Env(("TERM", "xterm"), ("NO_COLOR", "1")));
        var forcedOn = Render(Payload, Env(("NO_COLOR", "1")), "--force-color");

        Assert.StartsWith("\u001B[38;5;", colored.Stdout, StringComparison.Ordinal);
        Assert.Equal(Expected, forcedOff.Stdout);
        Assert.Equal(Expected, noColor.Stdout);
        Assert.StartsWith("\u001B[34mOpus 4.5", forcedOn.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_config_is_found_under_xdg_config_home()
    {
        var xdg = _dir.Join("xdg");
        Directory.CreateDirectory(Path.Join(xdg, "linesmith"));
        File.WriteAllText(Path.Join(xdg, "linesmith", "config.toml"), "[line]\nsegments = [\"cost\", \"model\"]\n[layout_options]\nseparator = \" | \"\n");

        var result = Render(Payload, Env(("XDG_CONFIG_HOME", xdg)));

        Assert.Equal("$1.23 | Opus 4.5\n", result.Stdout);
    }

    [Fact]
    public void Columns_limits_the_width_to_the_cells_claude_code_shows_and_the_rate_limits_stay_longest()
    {
        var result = Render(Payload, Env(("COLUMNS", "35")));

        Assert.Equal("Opus 4.5 · ctx: 42% · 5h: 22.4%\n", result.Stdout);
    }

    [Fact]
    public void A_broken_config_still_renders_with_the_defaults()
    {
        var config = _dir.Join("broken.toml");
        File.WriteAllText(config, "[line\nsegments = ");

        var result = Render(Payload, Env(), "--config", config);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Expected, result.Stdout);
    }
}
