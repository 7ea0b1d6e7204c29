namespace Linesmith.Usage.Cache;

/// <summary>
/// What <c>linesmith cache show --json</c> prints: both paths, both files as read (a miss or no lock
/// is null), and the two answers a render would act on. <see cref="Problems"/> lists read errors
/// (e.g. permission denied) that made an entry or lock unavailable.
/// </summary>
internal sealed record CacheReport(
    string? CachePath,
    string? LockPath,
    CachedUsage? Entry,
    LockFile? Lock,
    bool Fresh,
    bool Blocked,
    long CacheDurationSeconds,
    IReadOnlyList<string> Problems);
