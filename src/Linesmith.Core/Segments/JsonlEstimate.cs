namespace Linesmith.Segments;

/// <summary>
/// Token totals estimated from Claude Code's session transcripts when the endpoint cannot be used
/// (docs/spec/jsonl-fallback.md): the active 5-hour block (null when there is none) and the rolling 7 days.
/// Shown with the stale marker (<c>~5h: 420k</c>).
/// </summary>
internal sealed record JsonlEstimate(ulong? FiveHourTokens, DateTimeOffset? FiveHourEndsAt, ulong SevenDayTokens);
