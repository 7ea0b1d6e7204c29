namespace Linesmith.Usage.Jsonl;

/// <summary>
/// One counted transcript line: its time stamp (Unix milliseconds), its tokens, and the 64-bit hash of
/// its <c>message.id</c> (0 without one: such lines always count). What the index stores per line.
/// </summary>
internal readonly record struct JsonlEntry(long AtMs, ulong Tokens, ulong IdHash)
{
    /// <summary>Bytes per entry in the index file.</summary>
    public const int Size = 24;
}
