using Linesmith.Platform;

namespace Linesmith.Segments.Custom;

/// <summary>
/// What <c>linesmith command refresh</c> does (the background run a render starts for a stale output): runs
/// the configured command in this directory unless its cached output is fresh, writes the cache, and
/// releases the render's <c>.refreshing</c> claim whatever happened. Returns one line saying what it did.
/// </summary>
internal static class CommandRefresh
{
    public static string Run(CommandSettings settings, string? cacheRoot, string? directory, EnvironmentSnapshot environment, TimeProvider clock)
    {
        if (settings.Command.Length == 0)
        {
            return "no [segments.custom_command] command configured; nothing run";
        }

        if (cacheRoot is null || directory is null)
        {
            return cacheRoot is null ? "no trusted cache directory; nothing run" : "the working directory is gone; nothing run";
        }

        var path = CommandCache.PathOf(cacheRoot, settings.Command, directory);
        try
        {
            var now = clock.GetUtcNow();
            if (CommandCache.Read(path, settings.Command, directory) is { } cached && cached.IsFresh(now, settings.Ttl))
            {
                return $"{path} is fresh; nothing run";
            }

            var entry = CommandRun.Run(settings, directory, environment, now);
            return CommandCache.Write(path, entry) is { } error
                ? $"ran the command (exit {entry.ExitCode}); not cached: {error}"
                : $"ran the command (exit {entry.ExitCode}); wrote {path}";
        }
        finally
        {
            CommandCache.ReleaseRefresh(path);
        }
    }
}
