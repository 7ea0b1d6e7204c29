using System.Diagnostics;
using System.Runtime.InteropServices;
using Linesmith.Host;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith config [--config PATH]</c>: starts the interactive editor, <c>linesmith-config</c>, found
/// next to this executable, with the terminal handed over as it is (stdin, stdout and stderr inherited)
/// and waits for it. The editor is its own executable so that a render never loads a terminal UI
/// library (docs/adr/0020-config-editor-in-its-own-executable.md). While it runs, this process ignores
/// SIGINT and SIGQUIT, which the terminal sends to both: the editor decides what they mean.
/// </summary>
internal static class ConfigCommand
{
    public const string EditorName = "linesmith-config";

    public static int Run(World world, string? configPath)
    {
        if (EditorPath(world.ProcessPath) is not { } editor || !File.Exists(editor))
        {
            world.Error.WriteLine($"linesmith: the config editor {EditorName} is not installed next to {world.ProcessPath ?? "this program"}; install both from the same release (README.md#install), or edit config.toml by hand");
            return ExitCodes.Failure;
        }

        // The editor is interactive: no watchdog bound applies while a person is using it (the editor
        // refuses at once without a terminal, and ends on SIGTERM or SIGHUP like any terminal program).
        world.Deadline?.Dispose();
        var start = new ProcessStartInfo(editor) { UseShellExecute = false };
        if (configPath is { } config)
        {
            start.ArgumentList.Add("--config");
            start.ArgumentList.Add(Path.GetFullPath(config));
        }

        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => context.Cancel = true);
        using var quit = PosixSignalRegistration.Create(PosixSignal.SIGQUIT, context => context.Cancel = true);
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                world.Error.WriteLine($"linesmith: could not start {editor}");
                return ExitCodes.Failure;
            }

            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            world.Error.WriteLine($"linesmith: could not start {editor} ({exception.Message})");
            return ExitCodes.Failure;
        }
    }

    /// <summary><c>linesmith-config</c> in the directory of this executable, as <c>linesmith</c> itself is found for the refresher (its own path).</summary>
    public static string? EditorPath(string? processPath) =>
        processPath is { Length: > 0 } && Path.GetDirectoryName(processPath) is { } directory
            ? Path.Join(directory, OperatingSystem.IsWindows() ? EditorName + ".exe" : EditorName)
            : null;
}
