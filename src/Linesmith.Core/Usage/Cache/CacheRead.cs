namespace Linesmith.Usage.Cache;

/// <summary>The outcome of reading <c>usage.json</c>: an entry, a miss (both null), or a real error.</summary>
internal readonly record struct CacheRead(CachedUsage? Entry, CacheError? Error)
{
    public static CacheRead Miss => default;

    public bool IsMiss => Entry is null && Error is null;
}
