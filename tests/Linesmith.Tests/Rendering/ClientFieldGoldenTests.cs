using System.Globalization;
using Linesmith.Rendering;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering;

/// <summary>
/// Issue 12 "Use what the client sends today": the segments for the fields Claude Code 2.1.332 sends,
/// rendered from the five real payloads (Golden/payloads/claude-code-2.1.332). <c>pr</c> and
/// <c>rate_limits.spend_limit</c> are in Claude Code's code but in none of the real documents, so
/// gateway-pr.json is payload 5 with those two added (and fast mode on, thinking off).
/// </summary>
public sealed class ClientFieldGoldenTests
{
    private const string Real = "claude-code-2.1.332/";
    private const string Startup = Real + "payload-1-startup-apikey.json";
    private const string ApiKey = Real + "payload-2-after-response-apikey.json";
    private const string Max = Real + "payload-3-after-response-max-ratelimits.json";
    private const string Worktree = Real + "payload-4-startup-worktree-vim-named.json";
    private const string WorktreeMidTurn = Real + "payload-5-midturn-worktree-ratelimits.json";
    private const string Gateway = "gateway-pr.json";

    /// <summary>A minute or so after the responses of payloads 2, 3 and 5 (their caches expire at 06:13:50, 07:11:32, 07:13:22).</summary>
    private static readonly DateTimeOffset AfterResponses = At("2026-12-01T06:10:00Z");

    private static DateTimeOffset At(string time) => DateTimeOffset.Parse(time, CultureInfo.InvariantCulture);

    private static string Line(string payload, string segments, string extra = "", DateTimeOffset? now = null, bool links = false, ColorDepth depth = ColorDepth.None) =>
        Render(payload, $"[line]\nsegments = [{segments}]\n{extra}", depth, now: now ?? AfterResponses, links: links);

    [Theory]
    [InlineData(Startup, "")]
    [InlineData(ApiKey, "")]
    [InlineData(Max, "")]
    [InlineData(Worktree, "session: e2e-session")]
    [InlineData(WorktreeMidTurn, "session: e2e-session")]
    public void Session_name(string payload, string expected)
    {
        Assert.Equal(expected, Line(payload, "\"session_name\""));
    }

    [Theory]
    [InlineData(Startup, "")]
    [InlineData(ApiKey, "cache: warm 3m hit 37%")]
    [InlineData(Max, "cache: warm 1h1m hit 16%")]
    [InlineData(Worktree, "")]
    [InlineData(WorktreeMidTurn, "cache: warm 1h3m hit 27%")]
    public void Prompt_cache_while_warm(string payload, string expected)
    {
        Assert.Equal(expected, Line(payload, "\"prompt_cache\""));
    }

    [Theory]
    [InlineData(ApiKey, "cache: cold hit 37%")]
    [InlineData(Max, "cache: cold hit 16%")]
    [InlineData(WorktreeMidTurn, "cache: warm 1m hit 27%")]
    public void Prompt_cache_is_cold_once_expires_at_has_passed(string payload, string expected)
    {
        Assert.Equal(expected, Line(payload, "\"prompt_cache\"", now: At("2026-12-01T07:12:00Z")));
    }

    [Fact]
    public void Prompt_cache_options()
    {
        Assert.Equal("cache: warm", Line(Max, "\"prompt_cache\"", "[segments.prompt_cache]\ncountdown = false\nhit_ratio = false\n"));
        Assert.Equal("cache: warm 1hr 1m hit 16%", Line(Max, "\"prompt_cache\"", "[segments.prompt_cache]\ncompact = false\n"));
        Assert.Equal("⚡ warm 3m", Line(ApiKey, "\"prompt_cache\"", "[segments.prompt_cache]\nlabel = \"\"\nicon = \"⚡\"\nhit_ratio = false\n"));
    }

    [Theory]
    [InlineData(Startup)]
    [InlineData(ApiKey)]
    [InlineData(Max)]
    [InlineData(Worktree)]
    [InlineData(WorktreeMidTurn)]
    public void Fast_mode_off_and_thinking_on_in_every_real_payload(string payload)
    {
        Assert.Equal("thinking", Line(payload, "\"fast_mode\", \"thinking\""));
        Assert.Equal("normal · thinking", Line(payload, "\"fast_mode\", \"thinking\"", "[segments.fast_mode]\noff = \"normal\"\n"));
    }

    [Fact]
    public void Fast_mode_on_and_thinking_off()
    {
        Assert.Equal("fast", Line(Gateway, "\"fast_mode\", \"thinking\""));
        Assert.Equal("↯ · no thinking", Line(Gateway, "\"fast_mode\", \"thinking\"", "[segments.fast_mode]\non = \"↯\"\n[segments.thinking]\noff = \"no thinking\"\n"));
    }

    [Theory]
    [InlineData(Startup, "")]
    [InlineData(Max, "")]
    [InlineData(Worktree, "⎇ worktree-fix-cache")]
    [InlineData(WorktreeMidTurn, "⎇ worktree-fix-cache")]
    public void Worktree_branch(string payload, string expected)
    {
        Assert.Equal(expected, Line(payload, "\"worktree_branch\""));
    }

    [Fact]
    public void Worktree_branch_with_the_branch_it_came_from()
    {
        Assert.Equal("⎇ worktree-fix-cache (from main)", Line(Worktree, "\"worktree_branch\"", "[segments.worktree_branch]\nshow_original = true\n"));
    }

    [Theory]
    [InlineData(Startup)]
    [InlineData(ApiKey)]
    [InlineData(Max)]
    [InlineData(Worktree)]
    [InlineData(WorktreeMidTurn)]
    public void Pr_and_spend_limit_hide_in_the_real_payloads_that_have_neither(string payload)
    {
        Assert.Equal(string.Empty, Line(payload, "\"pr\", \"spend_limit\""));
    }

    [Fact]
    public void Pr_with_its_review_state()
    {
        Assert.Equal("PR: #123 changes requested", Line(Gateway, "\"pr\""));
        Assert.Equal("PR: #123", Line(Gateway, "\"pr\"", "[segments.pr]\nreview_state = false\n"));
    }

    [Fact]
    public void Pr_is_a_link_only_when_links_are_on()
    {
        const string Url = "https://github.com/me/demo-project/pull/123";

        Assert.Equal($"PR: \u001B]8;;{Url}\u001B\\#123\u001B]8;;\u001B\\ changes requested", Line(Gateway, "\"pr\"", links: true));
        Assert.Equal(
            $"\u001B[90mPR: \u001B[0m\u001B]8;;{Url}\u001B\\\u001B[35m#123\u001B[0m\u001B]8;;\u001B\\\u001B[31m changes requested\u001B[0m",
            Line(Gateway, "\"pr\"", links: true, depth: ColorDepth.Basic16));
        Assert.Equal("PR: #123 changes requested", Line(Gateway, "\"pr\"", "[segments.pr]\nlink = false\n", links: true));
    }

    [Fact]
    public void Spend_limit_in_dollars_and_as_a_share()
    {
        Assert.Equal("spend: $12.34 / $50.00", Line(Gateway, "\"spend_limit\""));
        Assert.Equal("spend: 24.7%", Line(Gateway, "\"spend_limit\"", "[segments.spend_limit]\nformat = \"percent\"\n"));
        Assert.Equal("\u001B[32mspend: $12.34 / $50.00\u001B[0m", Line(Gateway, "\"spend_limit\"", depth: ColorDepth.Basic16));
    }

    [Fact]
    public void Every_new_segment_on_one_line_from_the_gateway_payload()
    {
        Assert.Equal(
            "spend: $12.34 / $50.00 · PR: #123 changes requested · ⎇ worktree-fix-cache · session: e2e-session · cache: warm 1h3m hit 27% · fast",
            Line(Gateway, "\"spend_limit\", \"pr\", \"worktree_branch\", \"session_name\", \"prompt_cache\", \"fast_mode\", \"thinking\""));
    }

    [Fact]
    public void A_narrow_line_drops_the_new_segments_by_their_priorities()
    {
        var line = Render(Gateway, "[line]\nsegments = [\"model\", \"spend_limit\", \"pr\", \"worktree_branch\", \"session_name\", \"prompt_cache\", \"fast_mode\", \"thinking\"]", width: 40, now: AfterResponses);

        // fast_mode (82) goes before pr (58) and the others, but once they are gone its 7 cells fit
        // the 40 again, so LineLayout.PutBack puts it back in its place.
        Assert.Equal("Opus 5.5 · spend: $12.34 / $50.00 · fast", line);
    }

    [Fact]
    public void Hostile_values_in_the_new_fields_reach_the_terminal_only_as_plain_text()
    {
        var line = Line("hostile-2.1.332-fields.json", "\"session_name\", \"pr\", \"worktree_branch\", \"spend_limit\", \"prompt_cache\"", links: true, depth: ColorDepth.TrueColor);
        var plain = System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty);

        Assert.Equal("session: evilname · PR: #7 approved · ⎇ wtx", plain);
        Assert.DoesNotContain("\u001B]", line, StringComparison.Ordinal);
    }
}
