using Linesmith.Usage.Cache;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// Step 1 of docs/spec/usage-cascade.md#algorithm: the cache entry (null on a miss), whether it is fresh, the lock (null
/// when none, and never read beside a fresh entry, which decides on its own) and now.
/// </summary>
internal readonly record struct CascadeState(CachedUsage? Entry, bool IsFresh, LockFile? Lock, DateTimeOffset Now);
