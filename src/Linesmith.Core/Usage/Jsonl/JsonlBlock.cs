namespace Linesmith.Usage.Jsonl;

/// <summary>The active 5-hour block (usage-cache.md §8): its start (floored to the hour), end and token total.</summary>
internal sealed record JsonlBlock(DateTimeOffset Start, DateTimeOffset EndsAt, ulong Tokens);
