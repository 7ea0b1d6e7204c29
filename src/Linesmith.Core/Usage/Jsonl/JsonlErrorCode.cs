namespace Linesmith.Usage.Jsonl;

/// <summary>Why the JSONL fallback has nothing (usage-cache.md §5 <c>jsonl_or</c>, §7 error texts).</summary>
internal enum JsonlErrorCode
{
    NoEntries,
    DirectoryMissing,
    IoError,
    ParseError,
}
