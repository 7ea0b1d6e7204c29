namespace Linesmith.Usage.Jsonl;

/// <summary>
/// FNV-1a, 64 bits: the message-id key of the dedup set and the fingerprint of an indexed file's tail.
/// Not a defence against a chosen collision, which would only change the user's own estimate.
/// </summary>
internal static class Fnv64
{
    private const ulong Offset = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Hash(ReadOnlySpan<byte> bytes)
    {
        var hash = Offset;
        foreach (var b in bytes)
        {
            hash = (hash ^ b) * Prime;
        }

        // 0 means "no id" in an entry.
        return hash == 0 ? 1 : hash;
    }
}
