using System.ComponentModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Linesmith.Platform;

/// <summary>
/// Starts another run of this binary in the background and does not wait for it: the usage refresher and
/// the custom command's refresh (docs/adr/0011-refresh-in-a-detached-process.md). Its stdin, stdout and
/// stderr are fresh pipes whose parent ends are closed at once, so the child never holds Claude Code's
/// pipes open and the caller sees EOF as soon as this process exits. Every other descriptor .NET opens is
/// close-on-exec, and those this process inherited without it are marked close-on-exec before the start
/// (<see cref="InheritedDescriptors"/>), so the child starts with 0, 1 and 2 only. The config file the
/// caller used (possibly from <c>--config</c>, which the child does not get) is passed on in
/// <c>LINESMITH_CONFIG</c>. The child bounds itself.
/// </summary>
internal static class DetachedChild
{
    /// <summary>
    /// How the child is started. <see cref="ProcessStartInfo.CreateNoWindow"/> is Windows'
    /// <c>CREATE_NO_WINDOW</c>: a console program started by a parent without a console (Claude Code runs
    /// the status line hidden) would otherwise open a console window of its own for the length of the
    /// child's run. It is ignored on Unix, where the pipes already detach the child from the caller's.
    /// </summary>
    public static ProcessStartInfo StartInfo(string processPath, string? configPath, params string[] arguments)
    {
        var start = new ProcessStartInfo(processPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        if (configPath is not null)
        {
            start.Environment[EnvironmentVariables.LinesmithConfig] = Path.GetFullPath(configPath);
        }

        return start;
    }

    /// <summary>
    /// True when <paramref name="processPath"/> is this program's own executable, and not the <c>dotnet</c>
    /// host of a <c>dotnet linesmith.dll</c> run, which would not understand the child's command line.
    /// </summary>
    public static bool CanStart([NotNullWhen(true)] string? processPath) =>
        processPath is not null && !Path.GetFileNameWithoutExtension(processPath).Equals("dotnet", StringComparison.OrdinalIgnoreCase);

    /// <summary>Starts the child; its process id, or the reason it could not be started.</summary>
    public static (int? Pid, string? Failure) Start(ProcessStartInfo start)
    {
        try
        {
            InheritedDescriptors.MarkCloseOnExec();
            using var process = Process.Start(start);
            if (process is null)
            {
                return (null, "the process did not start");
            }

            process.StandardInput.Close();
            process.StandardOutput.Close();
            process.StandardError.Close();
            return (process.Id, null);
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException or IOException)
        {
            return (null, exception.Message);
        }
    }
}
