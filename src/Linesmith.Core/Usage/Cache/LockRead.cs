namespace Linesmith.Usage.Cache;

/// <summary>
/// The outcome of reading <c>usage.lock</c>: a lock, none (both null), or a real error. The lock is
/// the one that applies (capped, or void, see <see cref="LockStore"/>); <see cref="Note"/> says why
/// it differs from what the file says, for <c>cache show</c>, <c>doctor</c> and the log.
/// </summary>
internal readonly record struct LockRead(LockFile? Lock, CacheError? Error, string? Note = null)
{
    public static LockRead None => default;
}
