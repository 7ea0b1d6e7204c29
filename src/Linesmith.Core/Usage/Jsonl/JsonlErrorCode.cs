namespace Linesmith.Usage.Jsonl;

/// <summary>Why the JSONL fallback has nothing (docs/spec/usage-cascade.md#algorithm <c>jsonl_or</c>, docs/spec/rate-limit-segments.md error texts).</summary>
internal enum JsonlErrorCode
{
    NoEntries,
    DirectoryMissing,
    IoError,
    ParseError,
}
