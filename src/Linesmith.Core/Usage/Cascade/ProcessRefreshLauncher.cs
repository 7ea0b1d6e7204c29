using System.Diagnostics;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// Starts <c>linesmith usage refresh</c> (the same binary) and does not wait for it (docs/adr/0011-refresh-in-a-detached-process.md).
/// Its stdin, stdout and stderr are fresh pipes whose parent ends are closed at once: the child never
/// holds Claude Code's pipes open, so the caller sees EOF as soon as this process exits. Every other
/// descriptor .NET opens is close-on-exec, and those this process inherited without it are marked
/// close-on-exec before the start (<see cref="Platform.InheritedDescriptors"/>), so the child starts
/// with 0, 1 and 2 only. The child bounds itself (<c>usage refresh</c>'s watchdog). The config file
/// the caller used (possibly from <c>--config</c>, which the child does not get) is passed on in
/// <c>LINESMITH_CONFIG</c>, so that the refresher fetches with the same <c>[usage]</c> settings.
/// </summary>
internal sealed class ProcessRefreshLauncher(string? processPath, Log log, string? configPath = null) : IRefreshLauncher
{
    /// <summary>
    /// How the refresher is started. <see cref="ProcessStartInfo.CreateNoWindow"/> is Windows'
    /// <c>CREATE_NO_WINDOW</c>: a console program started by a parent without a console (Claude Code
    /// runs the status line hidden) would otherwise open a console window of its own for the length of
    /// the fetch. The child has no console either, so closing the terminal does not end a fetch half
    /// way. It is ignored on Unix, where the pipes already detach the child from the caller's.
    /// </summary>
    internal static ProcessStartInfo StartInfo(string processPath, string? configPath)
    {
        var start = new ProcessStartInfo(processPath)
        {
            ArgumentList = { "usage", "refresh" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        if (configPath is not null)
        {
            start.Environment[EnvironmentVariables.LinesmithConfig] = Path.GetFullPath(configPath);
        }

        return start;
    }

    public bool Launch()
    {
        // Under `dotnet linesmith.dll` the process is the host, which would not understand "usage refresh".
        if (processPath is null || Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            log.Warn("refresh: this program's executable is unknown; no background refresh");
            return false;
        }

        var start = StartInfo(processPath, configPath);
        try
        {
            Platform.InheritedDescriptors.MarkCloseOnExec();
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.StandardInput.Close();
            process.StandardOutput.Close();
            process.StandardError.Close();
            log.Debug($"refresh: started background refresher pid {process.Id}");
            return true;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            log.Warn($"refresh: could not start the background refresher: {exception.Message}");
            return false;
        }
    }
}
