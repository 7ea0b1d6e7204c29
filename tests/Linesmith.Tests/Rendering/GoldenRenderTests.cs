using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage.Model;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// Payloads × configs → the exact line, with and without colour. The payloads live in
/// Golden/payloads: a realistic full one, a session's first render, an API-key user, a Bedrock ARN,
/// a worktree session and a hostile one (wrong types everywhere, escape sequences in the paths).
/// </summary>
public sealed class GoldenRenderTests
{
    private const string MultiLine = """
        [line.1]
        segments = ["model", "context_bar", { type = "separator", character = " | " }, "cost", "lines_changed"]
        [line.2]
        segments = ["workspace", "session_duration", "tokens_input", "tokens_output", "tokens_cached", "tokens_total", "effort", "output_style", "version"]
        """;

    private const string AllRateLimits = """
        [line]
        segments = ["rate_limit_5h", "rate_limit_7d", "rate_limit_5h_reset", "rate_limit_7d_reset", "extra_usage", "rate_limit_7d_model"]
        [segments.rate_limit_7d]
        format = "progress"
        progress_width = 10
        [segments.rate_limit_5h_reset]
        compact = true
        [segments.rate_limit_7d_reset]
        format = "absolute"
        timezone = "UTC"
        """;

    [Theory]
    [InlineData("full.json", "Opus 4.5 · ctx: 42% · $1.23 · linesmith · 5h: 22.4% · 7d: 61.0%")]
    [InlineData("first-render.json", "Sonnet 4.5 · linesmith")]
    [InlineData("api-key.json", "Haiku 4.5 · ctx: 91% · $12.50 · app")]
    [InlineData("bedrock.json", "Opus 4.5 · ctx: 7% · infra")]
    [InlineData("worktree.json", "Opus 4.5 (1M context) · ctx: 100% · $3.50 · linesmith [fix-cache] · 5h: 55.5%")]
    [InlineData("hostile.json", "Opus RED · blink name")]
    [InlineData("claude-code-2.1.332/payload-1-startup-apikey.json", "Opus 5.5 · demo-project")]
    [InlineData("claude-code-2.1.332/payload-3-after-response-max-ratelimits.json", "Opus 5.5 · ctx: 1% · $0.03 · demo-project · 5h: 22.4% · 7d: 61.0%")]
    [InlineData("claude-code-2.1.332/payload-4-startup-worktree-vim-named.json", "Opus 5.5 · demo-project [fix-cache]")]
    [InlineData("claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json", "Opus 5.5 · ctx: 1% · $0.03 · demo-project [fix-cache] · 5h: 95.3% · 7d: 80.0%")]
    public void Default_line_without_colour(string payload, string expected)
    {
        Assert.Equal(expected, Render(payload));
    }

    [Fact]
    public void A_zero_cost_shows_only_with_show_zero()
    {
        const string CostOnly = "[line]\nsegments = [\"model\", \"cost\"]\n";

        Assert.Equal("Opus 5.5", Render("claude-code-2.1.332/payload-1-startup-apikey.json", CostOnly));
        Assert.Equal("Opus 5.5 · $0.00", Render("claude-code-2.1.332/payload-1-startup-apikey.json", CostOnly + "[segments.cost]\nshow_zero = true\n"));
    }

    [Fact]
    public void Default_line_with_sixteen_colours()
    {
        Assert.Equal(
            "\u001B[34mOpus 4.5\u001B[0m\u001B[90m · \u001B[0m\u001B[32mctx: 42%\u001B[0m\u001B[90m · \u001B[0m\u001B[36m$1.23\u001B[0m\u001B[90m · \u001B[0m\u001B[35mlinesmith\u001B[0m"
            + "\u001B[90m · \u001B[0m\u001B[32m5h: 22.4%\u001B[0m\u001B[90m · \u001B[0m\u001B[33m7d: 61.0%\u001B[0m",
            Render("full.json", depth: ColorDepth.Basic16));
    }

    [Fact]
    public void Hostile_payload_with_colour_carries_no_escape_of_its_own()
    {
        var line = Render("hostile.json", depth: ColorDepth.TrueColor);

        Assert.Equal("Opus RED · blink name", System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty));
        Assert.DoesNotContain("\u001B]", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001B[2J", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public void Multi_line_config()
    {
        Assert.Equal(
            "Opus 4.5 · ████░░░░░░ 42% | $1.23 · +156 -23\nlinesmith · 46m · in: 84k · out: 5.1k · cached: 83k · tokens: 89k · effort: high · style: default · v2.1.150",
            Render("full.json", MultiLine));
    }

    [Fact]
    public void Multi_line_config_with_truecolor_dims_the_empty_bar()
    {
        var line = Render("full.json", "theme = \"nord\"\n[line]\nsegments = [\"context_bar\"]", ColorDepth.TrueColor);

        Assert.Equal("\u001B[38;2;163;190;140m████\u001B[0m\u001B[2;38;2;163;190;140m░░░░░░\u001B[0m\u001B[38;2;163;190;140m 42%\u001B[0m", line);
    }

    [Fact]
    public void Every_rate_limit_format_from_endpoint_data()
    {
        var usage = UsageView.FromEndpoint(new UsageData(
            FiveHour: new UsageBucket(22f, Now.AddHours(4).AddMinutes(37)),
            SevenDay: new UsageBucket(48.5f, Now.AddDays(3).AddHours(7)),
            ExtraUsage: new ExtraUsage(true, 40f, 10_000, 4_000, null),
            Limits: [new UsageLimit(LimitKind.WeeklyScoped, 82f, null, new LimitScope(new LimitModel("Sonnet", null)))]));

        var line = Render("first-render.json", AllRateLimits, usage: usage);

        Assert.Equal("5h: 22.0% · 7d: █████░░░░░ 48.5% · 5h reset: 4h37m · 7d reset: 19:00 UTC · extra: $40.00/$100.00 · Sonnet: 82.0%", line);
    }

    [Fact]
    public void Stdin_rate_limits_win_and_an_error_shows_for_what_only_the_endpoint_has()
    {
        var line = Render("full.json", "[line]\nsegments = [\"rate_limit_5h\", \"extra_usage\"]", usage: UsageView.Failed("[Rate limited]"));

        Assert.Equal("5h: 22.4% · extra: [Rate limited]", line);
    }

    [Fact]
    public void A_narrow_terminal_drops_by_priority_and_keeps_the_rate_limits_longest()
    {
        Assert.Equal("Opus 4.5 · ctx: 42% · 5h: 22.4%", Render("full.json", width: 31));
        Assert.Equal("Opus 4.5 · ctx: 42% · 5h: 22.4% · 7d: 61.0%", Render("full.json", width: 43));
    }
}
