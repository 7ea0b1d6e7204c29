using System.Text.Json;
using Linesmith.Input.Payload;

namespace Linesmith.Input.Json;

/// <summary>
/// The stdin payload read in one <see cref="Utf8JsonReader"/> pass, without serializer metadata: building
/// <see cref="StatusJsonContext"/>'s metadata on first use was a third of a render's instructions
/// (docs/adr/0021-start-up-measurements.md). Each object reads the fields it knows and skips the rest; each value
/// is read by <see cref="PayloadValues"/>, the same code the context's converters use, so a value of the
/// wrong type drops only its own field, a repeated field keeps its last value, and names match exactly
/// (escaped names included), as with the context.
/// </summary>
internal static class PayloadWalk
{
    /// <summary>The document's root object; the reader stands on its <c>{</c> and ends on its <c>}</c>.</summary>
    public static StatusPayload Payload(ref Utf8JsonReader reader)
    {
        var payload = new StatusPayload();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "model"u8)) { payload.Model = Model(ref reader); }
            else if (Is(ref reader, "context_window"u8)) { payload.ContextWindow = ContextWindow(ref reader); }
            else if (Is(ref reader, "cost"u8)) { payload.Cost = Cost(ref reader); }
            else if (Is(ref reader, "workspace"u8)) { payload.Workspace = Workspace(ref reader); }
            else if (Is(ref reader, "rate_limits"u8)) { payload.RateLimits = RateLimits(ref reader); }
            else if (Is(ref reader, "cwd"u8)) { payload.Cwd = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "session_id"u8)) { payload.SessionId = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "session_name"u8)) { payload.SessionName = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "transcript_path"u8)) { payload.TranscriptPath = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "version"u8)) { payload.Version = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "output_style"u8)) { payload.OutputStyle = PayloadValues.StringField(ref reader, "name"); }
            else if (Is(ref reader, "exceeds_200k_tokens"u8)) { payload.Exceeds200kTokens = PayloadValues.Bool(ref reader); }
            else if (Is(ref reader, "effort"u8)) { payload.Effort = PayloadValues.StringField(ref reader, "level"); }
            else if (Is(ref reader, "vim"u8)) { payload.Vim = PayloadValues.StringField(ref reader, "mode"); }
            else if (Is(ref reader, "agent"u8)) { payload.Agent = PayloadValues.StringField(ref reader, "name"); }
            else if (Is(ref reader, "worktree"u8)) { payload.Worktree = Worktree(ref reader); }
            else if (Is(ref reader, "fast_mode"u8)) { payload.FastMode = PayloadValues.Bool(ref reader); }
            else if (Is(ref reader, "thinking"u8)) { payload.Thinking = Thinking(ref reader); }
            else if (Is(ref reader, "prompt_cache"u8)) { payload.PromptCache = PromptCache(ref reader); }
            else if (Is(ref reader, "pr"u8)) { payload.Pr = PullRequest(ref reader); }
            else if (Is(ref reader, "hook_event_name"u8)) { payload.HookEventName = PayloadValues.String(ref reader); }
            else { SkipValue(ref reader); }
        }

        return payload;
    }

    private static ModelInfo? Model(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var model = new ModelInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "id"u8)) { model.Id = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "display_name"u8)) { model.DisplayName = PayloadValues.String(ref reader); }
            else { SkipValue(ref reader); }
        }

        return model;
    }

    private static WorkspaceInfo? Workspace(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var workspace = new WorkspaceInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "current_dir"u8)) { workspace.CurrentDir = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "project_dir"u8)) { workspace.ProjectDir = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "added_dirs"u8)) { workspace.AddedDirs = PayloadValues.StringList(ref reader); }
            else if (Is(ref reader, "git_worktree"u8))
            {
                // An object {name, path} in some sources, a bare path in others.
                workspace.GitWorktree = reader.TokenType == JsonTokenType.String ? PayloadValues.WorktreeAt(reader.GetString()) : Worktree(ref reader);
            }
            else { SkipValue(ref reader); }
        }

        return workspace;
    }

    private static WorktreeInfo? Worktree(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var worktree = new WorktreeInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "name"u8)) { worktree.Name = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "path"u8)) { worktree.Path = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "branch"u8)) { worktree.Branch = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "original_cwd"u8)) { worktree.OriginalCwd = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "original_branch"u8)) { worktree.OriginalBranch = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "original_repo_dir"u8)) { worktree.OriginalRepoDir = PayloadValues.String(ref reader); }
            else { SkipValue(ref reader); }
        }

        return worktree;
    }

    private static CostInfo? Cost(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var cost = new CostInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "total_cost_usd"u8)) { cost.TotalCostUsd = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_duration_ms"u8)) { cost.TotalDurationMs = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_api_duration_ms"u8)) { cost.TotalApiDurationMs = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_lines_added"u8)) { cost.TotalLinesAdded = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_lines_removed"u8)) { cost.TotalLinesRemoved = PayloadValues.Number(ref reader); }
            else { SkipValue(ref reader); }
        }

        return cost;
    }

    private static ContextWindowInfo? ContextWindow(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var context = new ContextWindowInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "used_percentage"u8)) { context.UsedPercentage = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "remaining_percentage"u8)) { context.RemainingPercentage = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "context_window_size"u8)) { context.ContextWindowSize = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_input_tokens"u8)) { context.TotalInputTokens = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "total_output_tokens"u8)) { context.TotalOutputTokens = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "current_usage"u8)) { context.CurrentUsage = CurrentUsage(ref reader); }
            else { SkipValue(ref reader); }
        }

        return context;
    }

    private static CurrentUsageInfo? CurrentUsage(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var usage = new CurrentUsageInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "input_tokens"u8)) { usage.InputTokens = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "output_tokens"u8)) { usage.OutputTokens = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "cache_creation_input_tokens"u8)) { usage.CacheCreationInputTokens = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "cache_read_input_tokens"u8)) { usage.CacheReadInputTokens = PayloadValues.Number(ref reader); }
            else { SkipValue(ref reader); }
        }

        return usage;
    }

    private static RateLimitsInfo? RateLimits(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var limits = new RateLimitsInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "five_hour"u8)) { limits.FiveHour = RateWindow(ref reader); }
            else if (Is(ref reader, "seven_day"u8)) { limits.SevenDay = RateWindow(ref reader); }
            else if (Is(ref reader, "spend_limit"u8)) { limits.SpendLimit = SpendLimit(ref reader); }
            else { SkipValue(ref reader); }
        }

        return limits;
    }

    private static RateWindowInfo? RateWindow(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var window = new RateWindowInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "used_percentage"u8)) { window.UsedPercentage = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "resets_at"u8)) { window.ResetsAt = PayloadValues.Time(ref reader); }
            else { SkipValue(ref reader); }
        }

        return window;
    }

    private static SpendLimitInfo? SpendLimit(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var spend = new SpendLimitInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "used_percentage"u8)) { spend.UsedPercentage = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "resets_at"u8)) { spend.ResetsAt = PayloadValues.Time(ref reader); }
            else if (Is(ref reader, "used_usd"u8)) { spend.UsedUsd = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "limit_usd"u8)) { spend.LimitUsd = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "period"u8)) { spend.Period = PayloadValues.String(ref reader); }
            else { SkipValue(ref reader); }
        }

        return spend;
    }

    private static ThinkingInfo? Thinking(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var thinking = new ThinkingInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "enabled"u8)) { thinking.Enabled = PayloadValues.Bool(ref reader); }
            else { SkipValue(ref reader); }
        }

        return thinking;
    }

    private static PromptCacheInfo? PromptCache(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var cache = new PromptCacheInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "warm"u8)) { cache.Warm = PayloadValues.Bool(ref reader); }
            else if (Is(ref reader, "ttl"u8)) { cache.Ttl = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "expires_at"u8)) { cache.ExpiresAt = PayloadValues.Time(ref reader); }
            else if (Is(ref reader, "hit_ratio"u8)) { cache.HitRatio = PayloadValues.Number(ref reader); }
            else { SkipValue(ref reader); }
        }

        return cache;
    }

    private static PullRequestInfo? PullRequest(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var pr = new PullRequestInfo();
        while (NextProperty(ref reader))
        {
            if (Is(ref reader, "number"u8)) { pr.Number = PayloadValues.Number(ref reader); }
            else if (Is(ref reader, "url"u8)) { pr.Url = PayloadValues.String(ref reader); }
            else if (Is(ref reader, "review_state"u8)) { pr.ReviewState = PayloadValues.String(ref reader); }
            else { SkipValue(ref reader); }
        }

        return pr;
    }

    /// <summary>True on an object's <c>{</c>; any other value is consumed whole and its field reads as absent.</summary>
    private static bool IsObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Moves to the object's next property name; false at its <c>}</c>.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType == JsonTokenType.PropertyName;

    /// <summary>When the property is <paramref name="name"/>, moves onto its value. Compares the bytes: a name that is not UTF-8 matches nothing and fails nothing.</summary>
    private static bool Is(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
    {
        if (!reader.ValueTextEquals(name))
        {
            return false;
        }

        reader.Read();
        return true;
    }

    private static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }
}
