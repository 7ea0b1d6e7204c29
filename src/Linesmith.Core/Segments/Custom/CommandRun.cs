using System.Text;
using Linesmith.Platform;

namespace Linesmith.Segments.Custom;

/// <summary>
/// Runs the user's command (docs/hostile-inputs.md): <c>/bin/sh -c COMMAND</c> with the command as one
/// argument, exactly as configured (nothing from the payload is put into it, so no field of the payload
/// can inject shell syntax); in a process group of its own that is killed as a whole at the timeout or
/// when it ends (<see cref="GroupedProcess"/>), stdin on <c>/dev/null</c>, at most
/// <see cref="MaxOutputBytes"/> of stdout kept. It gets the render's environment and working directory.
/// </summary>
internal static class CommandRun
{
    /// <summary>Far more than a status line shows; a command that writes more is cut, never held in memory.</summary>
    public const int MaxOutputBytes = 4096;

    public static CommandEntry Run(CommandSettings settings, string directory, EnvironmentSnapshot environment, DateTimeOffset now)
    {
        var (program, arguments) = Shell(settings.Command);
        var variables = new List<string>();
        foreach (var (name, value) in environment.All)
        {
            if (name.Length > 0 && !name.Contains('=', StringComparison.Ordinal))
            {
                variables.Add(name + "=" + value);
            }
        }

        var outcome = GroupedProcess.Run(program, arguments, variables, settings.Timeout, MaxOutputBytes);
        // A command that wrote more than the cap still said what it had to say first: its first bytes count.
        var exitCode = outcome.SpawnFailure is not null || outcome.TimedOut ? -1 : outcome.Truncated ? 0 : outcome.ExitCode ?? -1;
        return new CommandEntry(settings.Command, directory, now, exitCode, Encoding.UTF8.GetString(outcome.Stdout));
    }

    private static (string Program, string[] Arguments) Shell(string command) =>
        OperatingSystem.IsWindows()
            ? (Path.Join(System.Environment.SystemDirectory, "cmd.exe"), ["/d", "/c", command])
            : ("/bin/sh", ["-c", command]);
}
