using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Segments.Custom;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith command refresh</c>: the background run of <c>custom_command</c> a render starts when the
/// cached output is stale (<see cref="CommandRefreshLauncher"/>); safe to run by hand. Reads the config's
/// <c>[segments.custom_command]</c>, runs the command in the working directory within its timeout, and
/// writes the cache in the trusted cache root only (ADR 0015). Exit 0 whatever the outcome.
/// </summary>
internal static class CommandRefreshCommand
{
    public static int Run(World world, RunContext run)
    {
        var settings = CommandSettings.Read(run.Config.SegmentSettings(CommandSettings.SegmentId));
        world.Out.WriteLine(CommandRefresh.Run(settings, run.CacheRoot.Trusted, RenderCommand.CurrentDirectory(), run.Environment, run.Clock));
        return ExitCodes.Success;
    }
}
