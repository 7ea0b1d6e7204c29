using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments.Custom;
using Linesmith.Segments.Git;
using Linesmith.Segments.Options;
using Linesmith.Segments.RateLimits;
using Linesmith.Segments.Session;
using Linesmith.Segments.Terminal;
using Linesmith.Usage.Cascade;

namespace Linesmith.Segments;

/// <summary>
/// Every built-in segment, one row each (README.md#segments): id, description, default priority, the
/// data it needs, its keys with types, defaults and ranges, and its factory. The line builder, the
/// default line, doctor, <c>--check-config</c> and the docs read this table and nothing else.
/// </summary>
/// <remarks>
/// Priorities: 0 never drops; the model and the context stay longest, then the 5-hour and 7-day
/// numbers users install a statusline for (34, 36; docs/spec/rate-limit-segments.md), the cost (40),
/// the branch (56) and the workspace (64); the other rate-limit segments keep 96.
/// </remarks>
internal static class SegmentTable
{
    /// <summary>The priority of the rate-limit segments other than the two percentages (docs/spec/rate-limit-segments.md).</summary>
    public const int RateLimitPriority = 96;

    /// <summary>
    /// The line with no <c>[line]</c> configured, in order. A segment here that needs usage data shows
    /// only when stdin carries its window: the default line never reads credentials or calls the network.
    /// </summary>
    public static IReadOnlyList<string> DefaultLine { get; } = ["model", "context_window", "cost", "git_branch", "workspace", "rate_limit_5h", "rate_limit_7d"];

    /// <summary>
    /// Every segment's id, in the table's order. A render builds only the rows of the segments on its lines
    /// (<see cref="Find"/>): building all 43 rows with their keys at first use was 2% of a render's instructions
    /// (docs/adr/0021-start-up-measurements.md). A row added to <see cref="Create"/> is listed here too
    /// (<c>SegmentTableTests</c> checks that every id builds its own row).
    /// </summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "model", "context_window", "context_bar", "workspace", "cost", "session_duration", "lines_changed",
        "tokens_input", "tokens_output", "tokens_cached", "tokens_total", "effort", "output_style", "vim", "agent",
        "version", "session_name", "worktree_branch", "prompt_cache", "pr", "fast_mode", "thinking", "spend_limit",
        "git_branch", "rate_limit_5h", "rate_limit_7d", "rate_limit_5h_reset", "rate_limit_7d_reset", "extra_usage",
        "rate_limit_7d_model", "auto_compact", "cache_hit_rate", "cost_rate", "output_speed", "env", "terminal_width",
        "custom_text", "custom_command", "git_operation", "git_sha", "git_tag", "git_stash", "git_repo", "git_status", "git_age",
    ];

    private static SegmentDefinition[]? s_rows;

    /// <summary>Every row, built on first use (doctor, the docs, the editor).</summary>
    public static IReadOnlyList<SegmentDefinition> Rows => s_rows ??= BuildAll();

    /// <summary>The row of <paramref name="id"/> (of <see cref="Rows"/> once they are built, else built for the caller), or null for an id no segment has.</summary>
    public static SegmentDefinition? Find(string id)
    {
        if (s_rows is not { } rows)
        {
            return Create(id);
        }

        foreach (var row in rows)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }

    private static SegmentDefinition[] BuildAll()
    {
        var rows = new SegmentDefinition[Ids.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = Create(Ids[i]) ?? throw new InvalidOperationException($"segment '{Ids[i]}' is listed but has no row");
        }

        return rows;
    }

    private static SegmentDefinition? Create(string id) => id switch
    {
        "model" => Row(id, "the session's model: Opus 4.5", 0, Fields("model.display_name", "model.id"), ModelSegment.Options, s => new ModelSegment(s)),
        "context_window" => Row(id, "used share of the context window: ctx: 42%", 32, Fields("context_window.used_percentage", "context_window.remaining_percentage"), ContextWindowSegment.Options, s => new ContextWindowSegment(s)),
        "context_bar" => Row(id, "the context window as a bar: ████░░░░░░ 42%", 48, Fields("context_window.used_percentage", "context_window.remaining_percentage"), ContextBarSegment.Options, s => new ContextBarSegment(s)),
        "workspace" => Row(id, "the project directory's name, with the worktree's in a worktree session", 64, Fields("workspace.project_dir", "workspace.current_dir", "cwd", "worktree.original_cwd", "worktree.name", "worktree.path"), WorkspaceSegment.Options, s => new WorkspaceSegment(s)),
        "cost" => Row(id, "the session's cost in US dollars: $1.23", 40, Fields("cost.total_cost_usd"), CostSegment.Options, s => new CostSegment(s)),
        "session_duration" => Row(id, "wall time of the session: 1h 23m", 80, Fields("cost.total_duration_ms"), SessionDurationSegment.Options, s => new SessionDurationSegment(s)),
        "lines_changed" => Row(id, "lines added and removed in the session: +156 -23", 72, Fields("cost.total_lines_added", "cost.total_lines_removed"), LinesChangedSegment.Options, s => new LinesChangedSegment(s)),
        "tokens_input" => Tokens(id, "input tokens of the context: in: 84k", "in", TokensSegment.Input, "context_window.total_input_tokens", "context_window.current_usage.input_tokens"),
        "tokens_output" => Tokens(id, "output tokens of the context: out: 5.1k", "out", TokensSegment.Output, "context_window.total_output_tokens", "context_window.current_usage.output_tokens"),
        "tokens_cached" => Tokens(id, "tokens read from or written to the prompt cache: cached: 83k", "cached", TokensSegment.Cached, "context_window.current_usage.cache_read_input_tokens", "context_window.current_usage.cache_creation_input_tokens"),
        "tokens_total" => Tokens(id, "input and output tokens together: tokens: 89k", "tokens", TokensSegment.Total, "context_window.total_input_tokens", "context_window.total_output_tokens", "context_window.current_usage.input_tokens", "context_window.current_usage.output_tokens"),
        "effort" => Text(id, "the reasoning effort: effort: high", 84, "effort", StyleRole.Accent, "effort.level", payload => payload.Effort),
        "output_style" => Text(id, "the output style: style: default", 92, "style", StyleRole.Muted, "output_style.name", payload => payload.OutputStyle),
        "vim" => Text(id, "the vim mode: INSERT", 24, string.Empty, StyleRole.Warning, "vim.mode", payload => payload.Vim?.ToUpperInvariant()),
        "agent" => Text(id, "the agent's name: agent: reviewer", 60, "agent", StyleRole.Accent, "agent.name", payload => payload.Agent),
        "version" => Text(id, "Claude Code's version: v2.1.150", 100, string.Empty, StyleRole.Muted, "version", payload => payload.Version is { Length: > 0 } v ? "v" + v : null),
        "session_name" => Text(id, "the session's name: session: e2e-session", 68, "session", StyleRole.Accent, "session_name", payload => payload.SessionName),
        "worktree_branch" => Row(id, "the branch of a worktree session, from the payload: ⎇ worktree-fix-cache", 62, Fields("worktree.branch", "worktree.original_branch", "workspace.git_worktree"), WorktreeBranchSegment.Options, s => new WorktreeBranchSegment(s)),
        "prompt_cache" => Row(id, "whether the prompt cache is warm, for how long, and its hit ratio: cache: warm 4m hit 37%", 76, Fields("prompt_cache.warm", "prompt_cache.expires_at", "prompt_cache.hit_ratio"), PromptCacheSegment.Options, s => new PromptCacheSegment(s)),
        "pr" => Row(id, "the branch's pull request and its review state: PR: #123 approved", 58, Fields("pr.number", "pr.url", "pr.review_state"), PullRequestSegment.Options, s => new PullRequestSegment(s)),
        "fast_mode" => Flag(id, "fast while fast mode is on", 82, "fast", "fast_mode", payload => payload.FastMode),
        "thinking" => Flag(id, "thinking while extended thinking is on", 86, "thinking", "thinking.enabled", payload => payload.Thinking?.Enabled),
        "spend_limit" => Row(id, "a gateway user's spending cap in US dollars: spend: $12.34 / $50.00", 38, Fields("rate_limits.spend_limit.used_usd", "rate_limits.spend_limit.limit_usd", "rate_limits.spend_limit.used_percentage"), SpendLimitSegment.Options, s => new SpendLimitSegment(s)),
        "git_branch" => Row(id, "the branch of the session's directory, read from .git: ⎇ main", 56, Fields("workspace.current_dir", "cwd") with { Git = true }, GitBranchSegment.Options, s => new GitBranchSegment(s)),
        "rate_limit_5h" => Percent(id, "the 5-hour rate limit used: 5h: 22.4%", 34, Usage(UsageNeeds.FiveHour, jsonl: true, "rate_limits.five_hour.used_percentage", "rate_limits.five_hour.resets_at"), RateWindow.FiveHour, "5h"),
        "rate_limit_7d" => Percent(id, "the 7-day rate limit used: 7d: 41.0%", 36, Usage(UsageNeeds.SevenDay, jsonl: true, "rate_limits.seven_day.used_percentage", "rate_limits.seven_day.resets_at"), RateWindow.SevenDay, "7d"),
        "rate_limit_5h_reset" => Reset(id, "the time until the 5-hour window resets: 5h reset: 4hr 37m", RateLimitPriority, Usage(UsageNeeds.FiveHour, jsonl: true, "rate_limits.five_hour.resets_at"), RateWindow.FiveHour, "5h reset"),
        "rate_limit_7d_reset" => Reset(id, "the time until the 7-day window resets: 7d reset: 3d 4hr", RateLimitPriority, Usage(UsageNeeds.SevenDay, jsonl: false, "rate_limits.seven_day.resets_at"), RateWindow.SevenDay, "7d reset"),
        "extra_usage" => Row(id, "overage spent this month and the monthly limit: extra: $40.00/$100.00", RateLimitPriority, Usage(UsageNeeds.ExtraUsage, jsonl: false), ExtraUsageSegment.Options, ExtraUsageSegment.Read),
        "rate_limit_7d_model" => Row(id, "the weekly limit of the session model's family: Fable: 82.0%", RateLimitPriority, Usage(UsageNeeds.ModelLimits, jsonl: false, "model.id"), ModelLimitSegment.Options, ModelLimitSegment.Read),
        "auto_compact" => Row(id, "tokens left before Claude Code compacts the conversation: compact in: 959k", 46, Fields("context_window.context_window_size", "context_window.current_usage.input_tokens", "context_window.current_usage.cache_creation_input_tokens", "context_window.current_usage.cache_read_input_tokens", "context_window.used_percentage"), AutoCompactSegment.Options, s => new AutoCompactSegment(s)),
        "cache_hit_rate" => Row(id, "the share of the last request's input read from the prompt cache: cache hit: 37%", 78, Fields("context_window.current_usage.cache_read_input_tokens", "context_window.current_usage.input_tokens", "context_window.current_usage.cache_creation_input_tokens"), CacheHitRateSegment.Options, s => new CacheHitRateSegment(s)),
        "cost_rate" => Row(id, "the session's cost per hour of wall time: $4.20/h", 70, Fields("cost.total_cost_usd", "cost.total_duration_ms"), CostRateSegment.Options, s => new CostRateSegment(s)),
        "output_speed" => Row(id, "output tokens per second of API time: out: 42 tok/s", 90, Fields("context_window.total_output_tokens", "cost.total_api_duration_ms"), OutputSpeedSegment.Options, s => new OutputSpeedSegment(s)),
        "env" => Row(id, "the value of the environment variable its name key names: AWS_PROFILE: prod", 94, new SegmentNeeds([]) { Environment = ["*"] }, EnvironmentVariableSegment.Options, s => new EnvironmentVariableSegment(s)),
        "terminal_width" => Row(id, "the terminal's width in columns, from COLUMNS: cols: 120", 98, new SegmentNeeds([]) { Environment = [EnvironmentVariables.Columns] }, TerminalWidthSegment.Options, s => new TerminalWidthSegment(s)),
        "custom_text" => Row(id, "the text of its text key: ☕ focus", 44, new SegmentNeeds([]) { Config = true }, CustomTextSegment.Options, s => new CustomTextSegment(s)),
        "custom_command" => Row(id, "the first line of the output of the user's command, cached for ttl seconds: ⎈ prod-eu", 52, new SegmentNeeds([]) { Command = true }, CustomCommandSegment.Options, s => new CustomCommandSegment(s)),
        "git_operation" => Row(id, "the git operation in progress, from .git: rebase 2/5, merge, cherry-pick, revert, bisect", 54, Fields("workspace.current_dir", "cwd") with { Git = true }, GitOperationSegment.Options, s => new GitOperationSegment(s)),
        "git_sha" => Row(id, "HEAD's commit id, short, from .git: 3f1c2ab", 74, Fields("workspace.current_dir", "cwd") with { Git = true }, GitShaSegment.Options, s => new GitShaSegment(s)),
        "git_tag" => Row(id, "the tags at HEAD, from packed-refs and refs/tags: v1.2.0", 66, Fields("workspace.current_dir", "cwd") with { Git = true }, GitTagSegment.Options, s => new GitTagSegment(s)),
        "git_stash" => Row(id, "the number of stashes, from logs/refs/stash: stash: 2", 85, Fields("workspace.current_dir", "cwd") with { Git = true }, GitStashSegment.Options, s => new GitStashSegment(s)),
        "git_repo" => Row(id, "the repository's name from the remote's URL in .git/config: linesmith", 67, Fields("workspace.current_dir", "cwd") with { Git = true }, GitRepoSegment.Options, s => new GitRepoSegment(s)),
        "git_status" => Row(id, "staged, unstaged, untracked and conflicted entries, from the render's one git status (runs git): +2 !1 ?3 =1", 57, Fields("workspace.current_dir", "cwd") with { Git = true }, GitStatusSegment.Options, s => new GitStatusSegment(s)),
        "git_age" => Row(id, "time since HEAD's commit, from the commit object in .git: 2h", 79, Fields("workspace.current_dir", "cwd") with { Git = true }, GitAgeSegment.Options, s => new GitAgeSegment(s)),
        _ => null,
    };

    private static SegmentDefinition Percent(string id, string description, int priority, SegmentNeeds needs, RateWindow window, string label)
    {
        var labels = new LabelOptions(label);
        return Row(id, description, priority, needs, [.. labels.WithStaleMarker, .. PercentDisplay.Options], s => new UsageWindowSegment(window, labels.ReadWithStaleMarker(s), PercentDisplay.Read(s)));
    }

    private static SegmentDefinition Reset(string id, string description, int priority, SegmentNeeds needs, RateWindow window, string label)
    {
        var labels = new LabelOptions(label);
        return Row(id, description, priority, needs, [.. labels.WithStaleMarker, .. ResetDisplay.Options], s => new ResetSegment(window, labels.ReadWithStaleMarker(s), ResetDisplay.Read(s)));
    }

    private static SegmentDefinition Row(string id, string description, int priority, SegmentNeeds needs, IReadOnlyList<SegmentOption> options, SegmentFactory create) =>
        new(id, description, priority, needs, [.. options, .. SegmentLayout.Options(priority)], create);

    private static SegmentNeeds Fields(params string[] payload) => SegmentNeeds.Fields(payload);

    private static SegmentNeeds Usage(UsageNeeds usage, bool jsonl, params string[] payload) => new(payload, usage, Jsonl: jsonl);

    private static SegmentDefinition Tokens(string id, string description, string label, Func<StatusPayload, double?> count, params string[] payload)
    {
        var labels = new LabelOptions(label);
        return Row(id, description, 88, Fields(payload), labels.All, s => new TokensSegment(labels.Read(s), count));
    }

    private static SegmentDefinition Text(string id, string description, int priority, string label, StyleRole role, string field, Func<StatusPayload, string?> value)
    {
        var labels = new LabelOptions(label);
        return Row(id, description, priority, Fields(field), labels.All, s => new PayloadTextSegment(labels.Read(s), role, value));
    }

    private static SegmentDefinition Flag(string id, string description, int priority, string on, string field, Func<StatusPayload, bool?> value)
    {
        var keys = new FlagKeys(on);
        return Row(id, description, priority, Fields(field), keys.All, s => new FlagSegment(s, keys, value));
    }
}
