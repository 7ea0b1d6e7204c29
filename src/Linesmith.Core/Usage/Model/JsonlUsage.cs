namespace Linesmith.Usage.Model;

/// <summary>
/// Token totals estimated from Claude Code's transcripts (docs/spec/jsonl-fallback.md): the active 5-hour
/// block if any, and the rolling 7-day total, which is always present (even 0).
/// </summary>
internal sealed record JsonlUsage(JsonlBlock? FiveHour, ulong SevenDayTokens);
