using Linesmith.Rendering;
using Linesmith.Segments.Git;
using Linesmith.Segments.RateLimits;
using Linesmith.Segments.Session;

namespace Linesmith.Segments;

/// <summary>Every built-in segment id and how to build it (README.md#segments).</summary>
internal static class SegmentRegistry
{
    public static IReadOnlyDictionary<string, SegmentFactory> All { get; } = Build();

    private static Dictionary<string, SegmentFactory> Build()
    {
        var factories = new Dictionary<string, SegmentFactory>(StringComparer.Ordinal)
        {
            ["model"] = settings => new ModelSegment(settings),
            ["context_window"] = settings => new ContextWindowSegment(settings),
            ["context_bar"] = settings => new ContextBarSegment(settings),
            ["workspace"] = settings => new WorkspaceSegment(settings),
            ["cost"] = settings => new CostSegment(settings),
            ["session_duration"] = settings => new SessionDurationSegment(settings),
            ["lines_changed"] = settings => new LinesChangedSegment(settings),
            ["git_branch"] = settings => new GitBranchSegment(settings),
            ["effort"] = PayloadTextSegment.Factory("effort", 84, "effort", StyleRole.Accent, payload => payload.Effort),
            ["output_style"] = PayloadTextSegment.Factory("output_style", 92, "style", StyleRole.Muted, payload => payload.OutputStyle),
            ["vim"] = PayloadTextSegment.Factory("vim", 24, string.Empty, StyleRole.Warning, payload => payload.Vim?.ToUpperInvariant()),
            ["agent"] = PayloadTextSegment.Factory("agent", 60, "agent", StyleRole.Accent, payload => payload.Agent),
            ["version"] = PayloadTextSegment.Factory("version", 100, string.Empty, StyleRole.Muted, payload => payload.Version is { Length: > 0 } v ? "v" + v : null),
            ["session_name"] = PayloadTextSegment.Factory("session_name", 68, "session", StyleRole.Accent, payload => payload.SessionName),
            ["worktree_branch"] = settings => new WorktreeBranchSegment(settings),
            ["prompt_cache"] = settings => new PromptCacheSegment(settings),
            ["pr"] = settings => new PullRequestSegment(settings),
            ["spend_limit"] = settings => new SpendLimitSegment(settings),
        };
        foreach (var (id, create) in TokensSegment.All.Concat(FlagSegment.All).Concat(RateLimitSegments.All))
        {
            factories[id] = create;
        }

        return factories;
    }
}
