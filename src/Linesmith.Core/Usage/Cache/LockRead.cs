namespace Linesmith.Usage.Cache;

/// <summary>The outcome of reading <c>usage.lock</c>: a lock, none (both null), or a real error.</summary>
internal readonly record struct LockRead(LockFile? Lock, CacheError? Error)
{
    public static LockRead None => default;
}
