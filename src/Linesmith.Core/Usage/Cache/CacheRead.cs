namespace Linesmith.Usage.Cache;

/// <summary>
/// The outcome of reading <c>usage.json</c>: an entry, a miss (both null), or a real error.
/// <see cref="Note"/> says why a file that is there was a miss anyway (larger than the cap), for the log.
/// </summary>
internal readonly record struct CacheRead(CachedUsage? Entry, CacheError? Error, string? Note = null)
{
    public static CacheRead Miss => default;
}
