using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Segments.Custom;

/// <summary>
/// Starts <c>linesmith command refresh</c> (this binary) and does not wait for it, as the usage refresher is
/// started: a <see cref="DetachedChild"/> (docs/adr/0011-refresh-in-a-detached-process.md). The child
/// runs the command under the same bounds and writes the cache; it inherits the working directory, which
/// is part of the cache entry's key.
/// </summary>
internal static class CommandRefreshLauncher
{
    public static bool Launch(string? processPath, string? configPath, Log log)
    {
        if (!DetachedChild.CanStart(processPath))
        {
            log.Info("custom_command: this program's executable is unknown; no background refresh");
            return false;
        }

        var (pid, failure) = DetachedChild.Start(DetachedChild.StartInfo(processPath, configPath, "command", "refresh"));
        if (pid is null)
        {
            log.Warn($"custom_command: could not start the background refresh: {failure}");
            return false;
        }

        return true;
    }
}
