using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Usage.Cache;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith cache clear</c>: deletes <c>usage.json</c> and <c>usage.lock</c>, only in a cache root
/// that passes <see cref="CacheRootTrust"/> (ADR 0015).
/// </summary>
internal static class CacheClearCommand
{
    public static int Run(World world, RunContext run)
    {
        if (run.CacheRoot.Directory?.Path is not { } root)
        {
            world.Out.WriteLine("no cache directory: nothing to clear");
            return ExitCodes.Success;
        }

        if (run.CacheRoot.Refusal is { } refusal)
        {
            // A planted link or a shared directory: deleting there could delete another user's (or the victim's) files.
            world.Error.WriteLine($"linesmith: {refusal}; nothing deleted");
            return ExitCodes.Failure;
        }

        var errors = CacheInspector.Clear(root, run.Clock);
        foreach (var error in errors)
        {
            world.Error.WriteLine($"linesmith: {error}");
        }

        if (errors.Count > 0)
        {
            return ExitCodes.Failure;
        }

        world.Out.WriteLine($"cleared {Path.Join(root, CacheStore.FileName)} and {Path.Join(root, LockStore.FileName)}");
        return ExitCodes.Success;
    }
}
