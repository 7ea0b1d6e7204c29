using Linesmith.Cli;
using Linesmith.Usage.Cache;

namespace Linesmith.Commands;

/// <summary><c>linesmith cache clear</c>: deletes <c>usage.json</c> and <c>usage.lock</c>.</summary>
internal static class CacheClearCommand
{
    public static int Run(World world)
    {
        if (CacheRoot.Resolve(world.Environment) is not { } root)
        {
            world.Out.WriteLine("no cache directory: nothing to clear");
            return ExitCodes.Success;
        }

        var errors = CacheInspector.Clear(root, world.Clock);
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
