using Linesmith.Usage.Cache;

namespace Linesmith.Usage.Cascade;

/// <summary>Step 1 of usage-cache.md §5: the cache entry (null on a miss), the lock (null when none) and now.</summary>
internal readonly record struct CascadeState(CachedUsage? Entry, LockFile? Lock, DateTimeOffset Now);
