using Linesmith.Usage.Cache;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// Step 1 of usage-cache.md §5: the cache entry (null on a miss), whether it is fresh, the lock (null
/// when none, and never read beside a fresh entry, which decides on its own) and now.
/// </summary>
internal readonly record struct CascadeState(CachedUsage? Entry, bool IsFresh, LockFile? Lock, DateTimeOffset Now);
