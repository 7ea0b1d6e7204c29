using System.Diagnostics;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Segments.Custom;

/// <summary>
/// Starts <c>linesmith command refresh</c> (this binary) and does not wait for it, as the usage refresher is
/// started (<c>Usage/Cascade/ProcessRefreshLauncher</c>, docs/adr/0011-refresh-in-a-detached-process.md): fresh
/// pipes whose parent ends are closed at once (Claude Code sees EOF when the render exits), inherited
/// descriptors marked close-on-exec first, the config file passed on in <c>LINESMITH_CONFIG</c>. The child
/// runs the command under the same bounds and writes the cache; it inherits the working directory, which
/// is part of the cache entry's key.
/// </summary>
internal static class CommandRefreshLauncher
{
    public static bool Launch(string? processPath, string? configPath, Log log)
    {
        // Under `dotnet linesmith.dll` the process is the host, which would not understand "command refresh".
        if (processPath is null || Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            log.Info("custom_command: this program's executable is unknown; no background refresh");
            return false;
        }

        var start = new ProcessStartInfo(processPath)
        {
            ArgumentList = { "command", "refresh" },
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

        try
        {
            InheritedDescriptors.MarkCloseOnExec();
            using var process = Process.Start(start);
            if (process is null)
            {
                return false;
            }

            process.StandardInput.Close();
            process.StandardOutput.Close();
            process.StandardError.Close();
            return true;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            log.Warn($"custom_command: could not start the background refresh: {exception.Message}");
            return false;
        }
    }
}
