namespace Linesmith.Usage.Jsonl;

/// <summary>A transcript as listed: its path, size and last write time (UTC ticks), the index's key.</summary>
internal sealed record TranscriptFile(string Path, long Size, long ModifiedTicks);
