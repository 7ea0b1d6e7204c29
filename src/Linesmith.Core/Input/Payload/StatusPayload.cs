using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// The JSON document Claude Code pipes to the statusline on every update
/// (docs/spec/statusline-contract.md#payload-fields). Every field may be missing, null or of an unexpected type; such a field reads as null and
/// the rest of the document still counts.
/// </summary>
/// <remarks>
/// The payload types have setters, not <c>init</c>: the source generator treats init-only properties
/// as constructor arguments, and a type with more than four of them goes through the serializer's
/// pooled-argument path, whose first use costs a cold start ~0.45 ms (measured). Only the JSON reader
/// sets them.
/// </remarks>
internal sealed record StatusPayload
{
    public string? HookEventName { get; set; }

    public string? SessionId { get; set; }

    public string? SessionName { get; set; }

    public string? TranscriptPath { get; set; }

    public string? Cwd { get; set; }

    [JsonConverter(typeof(LenientModel))]
    public ModelInfo? Model { get; set; }

    [JsonConverter(typeof(LenientWorkspace))]
    public WorkspaceInfo? Workspace { get; set; }

    [JsonConverter(typeof(LenientWorktree))]
    public WorktreeInfo? Worktree { get; set; }

    public string? Version { get; set; }

    [JsonConverter(typeof(NameObjectConverter))]
    public string? OutputStyle { get; set; }

    [JsonConverter(typeof(LenientCost))]
    public CostInfo? Cost { get; set; }

    [JsonConverter(typeof(LenientContextWindow))]
    public ContextWindowInfo? ContextWindow { get; set; }

    [JsonPropertyName("exceeds_200k_tokens")]
    public bool? Exceeds200kTokens { get; set; }

    /// <summary><c>effort.level</c>; a bare string is accepted too.</summary>
    [JsonConverter(typeof(EffortConverter))]
    public string? Effort { get; set; }

    [JsonConverter(typeof(ModeObjectConverter))]
    public string? Vim { get; set; }

    [JsonConverter(typeof(NameObjectConverter))]
    public string? Agent { get; set; }

    [JsonConverter(typeof(LenientRateLimits))]
    public RateLimitsInfo? RateLimits { get; set; }

    /// <summary>Fast mode (a faster output mode of the same model) is on.</summary>
    public bool? FastMode { get; set; }

    [JsonConverter(typeof(LenientThinking))]
    public ThinkingInfo? Thinking { get; set; }

    [JsonConverter(typeof(LenientPromptCache))]
    public PromptCacheInfo? PromptCache { get; set; }

    [JsonConverter(typeof(LenientPullRequest))]
    public PullRequestInfo? Pr { get; set; }
}
