using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Platform;
using Linesmith.Usage.Cache;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// Doctor group "cache" (docs/spec/on-disk-formats.md): the root, whether it is writable, <c>usage.json</c>
/// (schema and age), <c>usage.lock</c> (state and the error that set it) and temp files left by
/// writers that were killed between create and rename.
/// </summary>
internal static class CacheChecks
{
    public const string Group = "cache";

    private const string ClearFix = "run 'linesmith cache clear'";

    public static IEnumerable<DoctorCheck> Run(RunContext run)
    {
        if (run.CacheRoot.Directory is not { } directory)
        {
            yield return DoctorCheck.Warn(Group, "root", "no absolute LINESMITH_CACHE_DIR, XDG_CACHE_HOME or HOME: no disk cache, so every render may call the endpoint", "set HOME or LINESMITH_CACHE_DIR");
            yield break;
        }

        var root = directory.Path;
        if (run.CacheRoot.Refusal is { } refusal)
        {
            yield return DoctorCheck.Fail(Group, "root", $"{refusal}: not used, so every render may call the endpoint", "remove the symlink or fix the owner and mode (yours, not writable by others), or set LINESMITH_CACHE_DIR to a private directory");
            yield break;
        }

        yield return DoctorCheck.Pass(Group, "root", root);
        yield return Writable(directory);
        var now = run.Clock.GetUtcNow();
        yield return Entry(new CacheStore(root, run.Clock), now, run.Usage.CacheDuration);
        yield return Lock(new LockStore(root, run.Clock), now);
        yield return Strays(root, now);
    }

    private static DoctorCheck Writable(CreatableDirectory directory)
    {
        var root = directory.Path;
        if (!Directory.Exists(root))
        {
            return Directory.Exists(directory.Base)
                ? DoctorCheck.Pass(Group, "writable", "does not exist yet; created (mode 0700) on the first write")
                : DoctorCheck.Warn(Group, "writable", $"{directory.Base} does not exist, and linesmith never creates it: no disk cache", "set HOME to your home directory, or LINESMITH_CACHE_DIR to a directory whose parent exists");
        }

        var probe = Path.Join(root, $".doctor.{Guid.NewGuid():N}{AtomicJsonFile.TempSuffix}");
        try
        {
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }

            return DoctorCheck.Pass(Group, "writable", "yes");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail(Group, "writable", $"cannot create files in {root} ({exception.Message})", "fix the directory's owner or mode (it should be yours, 0700)");
        }
    }

    private static DoctorCheck Entry(CacheStore store, DateTimeOffset now, TimeSpan cacheDuration)
    {
        var read = store.Read();
        if (read.Error is { } error)
        {
            return DoctorCheck.Fail(Group, "usage.json", error.ToString(), "fix the file's owner or mode, or " + ClearFix);
        }

        if (read.Entry is not { } entry)
        {
            return File.Exists(store.Path)
                ? DoctorCheck.Warn(Group, "usage.json", $"{store.Path} is not usable (corrupt, or not schema {CacheSchema.Version}); it counts as a miss", ClearFix + " (the next fetch rewrites it anyway)")
                : DoctorCheck.Pass(Group, "usage.json", "none yet; written after the first fetch");
        }

        var age = HumanDuration.Format((long)Math.Max(0, (now - entry.CachedAt).TotalSeconds));
        var what = entry.Data is not null ? "data" : $"error {entry.Error?.Code}";
        var fresh = entry.IsFreshAt(now, cacheDuration) ? "fresh" : "stale";
        return DoctorCheck.Pass(Group, "usage.json", $"schema {CacheSchema.Version}, {what}, cached {age} ago ({fresh}; cache duration {(long)cacheDuration.TotalSeconds}s)");
    }

    private static DoctorCheck Lock(LockStore store, DateTimeOffset now)
    {
        var read = store.Read();
        if (read.Error is { } error)
        {
            return DoctorCheck.Fail(Group, "usage.lock", error.ToString(), "fix the file's owner or mode, or " + ClearFix);
        }

        if (read.Lock is not { } lockFile)
        {
            return DoctorCheck.Pass(Group, "usage.lock", "none: the endpoint may be called");
        }

        var reason = lockFile.Error is { } code ? $" (set by {code})" : string.Empty;
        var blocking = lockFile.IsBlockingAt(now);
        var left = HumanDuration.Format(lockFile.BlockedUntil - now.ToUnixTimeSeconds());
        if (read.Note is { } note)
        {
            // Capped, read as milliseconds, or void: the file says something that cannot be true.
            return DoctorCheck.Warn(Group, "usage.lock", blocking ? $"{note}; it blocks the endpoint for {left} more{reason}" : $"{note}{reason}", ClearFix);
        }

        if (!blocking)
        {
            return DoctorCheck.Pass(Group, "usage.lock", $"expired{reason}: the endpoint may be called");
        }

        if (RawBlockedUntil(store.Path) is null)
        {
            return DoctorCheck.Warn(Group, "usage.lock", $"not linesmith's JSON: blocks the endpoint for {left} more (30 s after it was written)", ClearFix);
        }

        return lockFile.Error is null
            ? DoctorCheck.Pass(Group, "usage.lock", $"blocks the endpoint for {left} more after a successful fetch (normal)")
            : DoctorCheck.Warn(Group, "usage.lock", $"blocks the endpoint for {left} more{reason}", $"wait, or {ClearFix} to allow a request now");
    }

    private static DoctorCheck Strays(string root, DateTimeOffset now)
    {
        if (!Directory.Exists(root))
        {
            return DoctorCheck.Pass(Group, "temp files", "none");
        }

        try
        {
            var strays = Directory.EnumerateFiles(root, "." + "*" + AtomicJsonFile.TempSuffix)
                .Where(path => now - new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero) > AtomicJsonFile.StaleTempAge)
                .Select(Path.GetFileName)
                .ToList();
            return strays.Count == 0
                ? DoctorCheck.Pass(Group, "temp files", "none")
                : DoctorCheck.Warn(Group, "temp files", $"{strays.Count} left by interrupted writes: {string.Join(", ", strays.Take(3))}", $"delete them (rm {root}/.*{AtomicJsonFile.TempSuffix}); they are never read");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return DoctorCheck.Fail(Group, "temp files", $"cannot list {root} ({exception.Message})", "fix the directory's owner or mode");
        }
    }

    private static long? RawBlockedUntil(string path)
    {
        try
        {
            return BoundedFile.ReadAll(path, 64 * 1024) is { } bytes ? LockStore.Parse(bytes)?.BlockedUntil : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
