using System.Globalization;
using System.Text;
using Linesmith.Input;
using Linesmith.Input.Payload;

namespace Linesmith.Tests.Input;

/// <summary>The stdin payload (docs/spec/statusline-contract.md#payload-fields): every field tolerant of absence and of the wrong type.</summary>
public sealed class PayloadReaderTests
{
    internal static StatusPayload Parse(string json)
    {
        var payload = PayloadReader.TryParse(Encoding.UTF8.GetBytes(json), out var problem);
        Assert.True(payload is not null, problem);
        return payload!;
    }

    [Fact]
    public void A_realistic_full_payload_reads_every_field()
    {
        var payload = Parse(File.ReadAllText(Path.Join(AppContext.BaseDirectory, "Golden", "payload-full.json")));

        Assert.Equal("claude-opus-4-5-20251101", payload.Model!.Id);
        Assert.Equal("Claude Opus 4.5", payload.Model.DisplayName);
        Assert.Equal("/home/me/src/linesmith", payload.Workspace!.CurrentDir);
        Assert.Equal(1.2345, payload.Cost!.TotalCostUsd);
        Assert.Equal(156, payload.Cost.TotalLinesAdded);
        Assert.Equal(42.1, payload.ContextWindow!.UsedPercentage);
        Assert.Equal(80962, payload.ContextWindow.CurrentUsage!.CacheReadInputTokens);
        Assert.Equal("high", payload.Effort);
        Assert.Equal("default", payload.OutputStyle);
        Assert.Equal("2.1.150", payload.Version);
        Assert.Equal(22.4, payload.RateLimits!.FiveHour!.UsedPercentage);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1_795_700_000), payload.RateLimits.FiveHour.ResetsAt);
        Assert.False(payload.Exceeds200kTokens);
    }

    [Fact]
    public void Wrong_types_drop_only_their_field()
    {
        var payload = Parse("""
            {
              "model": {"id": 42, "display_name": "Claude Sonnet 4.5"},
              "workspace": "not an object",
              "cost": {"total_cost_usd": "1.23", "total_lines_added": 7},
              "context_window": {"used_percentage": {"value": 3}, "current_usage": [1, 2]},
              "effort": 5,
              "version": ["2.1"],
              "rate_limits": {"five_hour": "soon", "seven_day": {"used_percentage": true, "resets_at": "tomorrow"}},
              "exceeds_200k_tokens": "no"
            }
            """);

        Assert.Null(payload.Model!.Id);
        Assert.Equal("Claude Sonnet 4.5", payload.Model.DisplayName);
        Assert.Null(payload.Workspace);
        Assert.Null(payload.Cost!.TotalCostUsd);
        Assert.Equal(7, payload.Cost.TotalLinesAdded);
        Assert.Null(payload.ContextWindow!.UsedPercentage);
        Assert.Null(payload.ContextWindow.CurrentUsage);
        Assert.Null(payload.Effort);
        Assert.Null(payload.Version);
        Assert.Null(payload.RateLimits!.FiveHour);
        Assert.Null(payload.RateLimits.SevenDay!.UsedPercentage);
        Assert.Null(payload.RateLimits.SevenDay.ResetsAt);
        Assert.Null(payload.Exceeds200kTokens);
    }

    [Theory]
    [InlineData("""{"effort": {"level": "xhigh"}}""", "xhigh")]
    [InlineData("""{"effort": "max"}""", "max")]
    [InlineData("""{"effort": {"other": 1}}""", null)]
    [InlineData("""{"effort": null}""", null)]
    public void Effort_is_read_as_an_object_or_a_bare_string(string json, string? expected)
    {
        Assert.Equal(expected, Parse(json).Effort);
    }

    [Fact]
    public void Git_worktree_is_read_as_an_object()
    {
        var worktree = Parse("""{"workspace": {"git_worktree": {"name": "fix-cache", "path": "/w/fix-cache"}}}""").Workspace!.GitWorktree!;

        Assert.Equal("fix-cache", worktree.Name);
        Assert.Equal("/w/fix-cache", worktree.Path);
    }

    [Fact]
    public void Worktree_is_read_as_claude_code_2_1_332_sends_it_and_original_repo_dir_stays_an_alias()
    {
        var sent = Parse("""{"worktree": {"name": "fix-cache", "path": "/p/.claude/worktrees/fix-cache", "branch": "worktree-fix-cache", "original_cwd": "/p", "original_branch": "main"}}""").Worktree!;
        var older = Parse("""{"worktree": {"name": "fix-cache", "original_repo_dir": "/q"}}""").Worktree!;

        Assert.Equal(("fix-cache", "/p/.claude/worktrees/fix-cache", "worktree-fix-cache", "/p", "main"), (sent.Name, sent.Path, sent.Branch, sent.OriginalDirectory, sent.OriginalBranch));
        Assert.Equal("/q", older.OriginalDirectory);
    }

    [Fact]
    public void Git_worktree_is_read_as_a_bare_path()
    {
        var worktree = Parse("""{"workspace": {"git_worktree": "/w/fix-cache/"}}""").Workspace!.GitWorktree!;

        Assert.Equal("fix-cache", worktree.Name);
        Assert.Equal("/w/fix-cache/", worktree.Path);
    }

    [Theory]
    [InlineData("1795700000", "2026-11-26T13:33:20Z")]
    [InlineData("1795700000.5", "2026-11-26T13:33:20Z")]
    [InlineData("1795700000000", "2026-11-26T13:33:20Z")]
    [InlineData("\"2026-11-26T13:33:20+00:00\"", "2026-11-26T13:33:20Z")]
    [InlineData("-5", null)]
    [InlineData("1e400", null)]
    [InlineData("\"soon\"", null)]
    public void Rate_limit_resets_at_is_unix_seconds_or_rfc_3339(string value, string? expected)
    {
        var window = Parse("""{"rate_limits": {"five_hour": {"used_percentage": 105, "resets_at": VALUE}}}""".Replace("VALUE", value, StringComparison.Ordinal)).RateLimits!.FiveHour!;

        Assert.Equal(105, window.UsedPercentage);
        Assert.Equal(expected, window.ResetsAt?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Unknown_fields_and_a_utf8_bom_are_ignored()
    {
        var payload = PayloadReader.TryParse([0xEF, 0xBB, 0xBF, .. """{"future_field": {"deep": [1, {"x": null}]}, "version": "3.0"}"""u8], out _);

        Assert.Equal("3.0", payload!.Version);
    }

    [Theory]
    [InlineData("", "no input")]
    [InlineData("  \n\t ", "no input")]
    [InlineData("{\"model\": ", "input is not a JSON object")]
    [InlineData("[1, 2]", "input is not a JSON object")]
    [InlineData("\"text\"", "input is not a JSON object")]
    [InlineData("null", "input is JSON null")]
    public void Input_that_is_not_a_json_object_is_refused_with_a_reason(string input, string reason)
    {
        Assert.Null(PayloadReader.TryParse(Encoding.UTF8.GetBytes(input), out var problem));

        Assert.StartsWith(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_a_megabyte_deep_is_refused_not_a_crash()
    {
        var hostile = "{\"x\": " + new string('[', 512 * 1024) + new string(']', 512 * 1024) + "}";

        Assert.Null(PayloadReader.TryParse(Encoding.UTF8.GetBytes(hostile), out var problem));
        Assert.StartsWith("input is not a JSON object", problem, StringComparison.Ordinal);
    }
}
