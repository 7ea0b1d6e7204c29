namespace Linesmith.Usage.Cache;

/// <summary>
/// The version of <c>usage.json</c>'s shape (docs/spec/on-disk-formats.md#schema-version). Bump only for a change an older
/// reader cannot absorb; a reader that sees another version treats the file as a miss and the next
/// successful write replaces it.
/// </summary>
internal static class CacheSchema
{
    public const uint Version = 1;
}
