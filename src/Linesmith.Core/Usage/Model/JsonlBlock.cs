namespace Linesmith.Usage.Model;

/// <summary>The active 5-hour block (docs/spec/jsonl-fallback.md): its start (floored to the hour), end and token total.</summary>
internal sealed record JsonlBlock(DateTimeOffset Start, DateTimeOffset EndsAt, ulong Tokens);
