using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// The JSON document Claude Code pipes to the statusline on every update (statusline-contract.md
/// §3.3). Every field may be missing, null or of an unexpected type; such a field reads as null and
/// the rest of the document still counts.
/// </summary>
internal sealed record StatusPayload
{
    public string? HookEventName { get; init; }

    public string? SessionId { get; init; }

    public string? SessionName { get; init; }

    public string? TranscriptPath { get; init; }

    public string? Cwd { get; init; }

    [JsonConverter(typeof(LenientModel))]
    public ModelInfo? Model { get; init; }

    [JsonConverter(typeof(LenientWorkspace))]
    public WorkspaceInfo? Workspace { get; init; }

    [JsonConverter(typeof(LenientWorktree))]
    public WorktreeInfo? Worktree { get; init; }

    public string? Version { get; init; }

    [JsonConverter(typeof(NameObjectConverter))]
    public string? OutputStyle { get; init; }

    [JsonConverter(typeof(LenientCost))]
    public CostInfo? Cost { get; init; }

    [JsonConverter(typeof(LenientContextWindow))]
    public ContextWindowInfo? ContextWindow { get; init; }

    [JsonPropertyName("exceeds_200k_tokens")]
    public bool? Exceeds200kTokens { get; init; }

    /// <summary><c>effort.level</c>; a bare string is accepted too.</summary>
    [JsonConverter(typeof(EffortConverter))]
    public string? Effort { get; init; }

    [JsonConverter(typeof(ModeObjectConverter))]
    public string? Vim { get; init; }

    [JsonConverter(typeof(NameObjectConverter))]
    public string? Agent { get; init; }

    [JsonConverter(typeof(LenientRateLimits))]
    public RateLimitsInfo? RateLimits { get; init; }
}
