
namespace Linesmith.Usage.Cache;

/// <summary>Reads both cache files under a root and answers what a render would decide from them.</summary>
internal static class CacheInspector
{
    public static CacheReport Inspect(string? root, TimeProvider clock, TimeSpan cacheDuration, TimeSpan staleAfter)
    {
        if (root is null)
        {
            return new CacheReport(null, null, null, null, false, false, (long)cacheDuration.TotalSeconds, [], StaleAfterSeconds: (long)staleAfter.TotalSeconds);
        }

        var cache = new CacheStore(root, clock);
        var locks = new LockStore(root, clock);
        var entryRead = cache.Read();
        var lockRead = locks.Read();
        var now = clock.GetUtcNow();
        var problems = new List<string>();
        if (entryRead.Error is { } entryError)
        {
            problems.Add(entryError.ToString());
        }

        if (lockRead.Error is { } lockError)
        {
            problems.Add(lockError.ToString());
        }

        if (lockRead.Note is { } note)
        {
            problems.Add(note);
        }

        return new CacheReport(
            cache.Path,
            locks.Path,
            entryRead.Entry,
            lockRead.Lock,
            entryRead.Entry?.IsFreshAt(now, cacheDuration) ?? false,
            lockRead.Lock?.IsBlockingAt(now) ?? false,
            (long)cacheDuration.TotalSeconds,
            problems,
            entryRead.Entry is { } entry ? (long)(now - entry.CachedAt).TotalSeconds : null,
            entryRead.Entry is { Data: not null } dataEntry && Freshness.IsOld(dataEntry.CachedAt, now, staleAfter),
            (long)staleAfter.TotalSeconds);
    }

    public static IReadOnlyList<CacheError> Clear(string root, TimeProvider clock)
    {
        var errors = new List<CacheError>(2);
        if (new CacheStore(root, clock).Clear() is { } cacheError)
        {
            errors.Add(cacheError);
        }

        if (new LockStore(root, clock).Clear() is { } lockError)
        {
            errors.Add(lockError);
        }

        return errors;
    }
}
