using System.Diagnostics;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// Starts <c>linesmith usage refresh</c> (the same binary) as a <see cref="DetachedChild"/> and does not
/// wait for it (docs/adr/0011-refresh-in-a-detached-process.md). The child bounds itself (<c>usage
/// refresh</c>'s watchdog) and gets the caller's config file, so that it fetches with the same
/// <c>[usage]</c> settings.
/// </summary>
internal sealed class ProcessRefreshLauncher(string? processPath, Log log, string? configPath = null) : IRefreshLauncher
{
    /// <summary>How the refresher is started: <c>usage refresh</c> through <see cref="DetachedChild.StartInfo"/>.</summary>
    internal static ProcessStartInfo StartInfo(string processPath, string? configPath) =>
        DetachedChild.StartInfo(processPath, configPath, "usage", "refresh");

    public bool Launch()
    {
        if (!DetachedChild.CanStart(processPath))
        {
            log.Warn("refresh: this program's executable is unknown; no background refresh");
            return false;
        }

        var (pid, failure) = DetachedChild.Start(StartInfo(processPath, configPath));
        if (pid is null)
        {
            log.Warn($"refresh: could not start the background refresher: {failure}");
            return false;
        }

        log.Debug($"refresh: started background refresher pid {pid}");
        return true;
    }
}
