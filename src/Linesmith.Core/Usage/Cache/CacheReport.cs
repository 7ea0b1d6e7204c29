namespace Linesmith.Usage.Cache;

/// <summary>
/// What <c>linesmith cache show --json</c> prints: both paths, both files as read (a miss or no lock
/// is null), and the two answers a render would act on. <see cref="Problems"/> lists read errors
/// (e.g. permission denied) that made an entry or lock unavailable. <see cref="AgeSeconds"/> is the
/// entry's age and <see cref="Stale"/> whether it is older than <c>[usage] stale_after</c>, so that a
/// render marks its numbers (docs/spec/decisions.md#d10-stale-data-is-marked).
/// </summary>
internal sealed record CacheReport(
    string? CachePath,
    string? LockPath,
    CachedUsage? Entry,
    LockFile? Lock,
    bool Fresh,
    bool Blocked,
    long CacheDurationSeconds,
    IReadOnlyList<string> Problems,
    long? AgeSeconds = null,
    bool Stale = false,
    long StaleAfterSeconds = 0);
