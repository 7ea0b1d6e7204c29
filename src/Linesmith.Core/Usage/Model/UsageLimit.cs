namespace Linesmith.Usage.Model;

/// <summary>
/// One normalized <c>limits[]</c> entry (docs/spec/usage-endpoint.md#response, docs/spec/on-disk-formats.md#usagejson): <c>kind</c>,
/// <c>percent</c> (clamped 0..100), <c>resets_at</c>, <c>scope</c>, <c>severity</c>. The wire's
/// <c>group</c>, <c>is_active</c> and <c>scope.surface</c> are dropped.
/// </summary>
internal sealed record UsageLimit(
    LimitKind Kind,
    float Percent,
    DateTimeOffset? ResetsAt = null,
    LimitScope? Scope = null,
    LimitSeverity Severity = LimitSeverity.Unknown)
{
    /// <summary>
    /// The model name of a per-model weekly limit, or null when this entry is not one: kind other
    /// than <c>weekly_scoped</c>, no scope, no model, or a missing or empty display name
    /// (docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 28).
    /// </summary>
    public string? ScopedModelName =>
        Kind == LimitKind.WeeklyScoped && Scope?.Model?.DisplayName is { Length: > 0 } name ? name : null;
}
