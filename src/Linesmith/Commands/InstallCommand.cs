using Linesmith.ClaudeCode;
using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Host;
using Linesmith.Platform;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith install</c> and <c>linesmith uninstall</c>: point Claude Code's <c>statusLine</c> at this
/// binary, or remove that entry (docs/commands.md; docs/spec/statusline-contract.md#claude-code-settings). The care is in <see cref="SettingsEditor"/>.
/// </summary>
internal static class InstallCommand
{
    /// <param name="settingsPath">The command line's <c>--settings</c>; null = Claude Code's user settings.</param>
    /// <param name="refresh">The command line's <c>--refresh N</c>, already checked against Claude Code's range.</param>
    public static int Install(World world, RunContext run, string? settingsPath, int? refresh, bool force)
    {
        var suggested = SuggestedRefresh(run.Config);
        return Run(world, run, settingsPath, (path, binary) => SettingsEditor.Install(path, binary, refresh, force, suggested));
    }

    /// <summary>
    /// A <c>refreshInterval</c> for a line with countdowns, which Claude Code otherwise redraws only on
    /// events (issue 12 item 7); null for a line without any.
    /// </summary>
    public static (int Seconds, string Why)? SuggestedRefresh(LinesmithConfig config)
    {
        var countdowns = Countdowns.In(config);
        return countdowns.Count == 0
            ? null
            : (Countdowns.RefreshSeconds, $"the line shows countdowns ({string.Join(", ", countdowns)}), which Claude Code otherwise redraws only on events, so they would stop while a session is idle");
    }

    public static int Uninstall(World world, RunContext run, string? settingsPath, bool force) =>
        Run(world, run, settingsPath, (path, binary) => SettingsEditor.Uninstall(path, binary, force));

    private static int Run(World world, RunContext run, string? settingsPath, Func<string, string, EditOutcome> edit)
    {
        if (ClaudeSettingsPath.Resolve(settingsPath, run.Claude) is not { } path)
        {
            world.Error.WriteLine("linesmith: cannot find Claude Code's settings: set HOME or CLAUDE_CONFIG_DIR, or pass --settings PATH");
            return ExitCodes.Failure;
        }

        if (world.ProcessPath is not { Length: > 0 } processPath)
        {
            world.Error.WriteLine("linesmith: cannot tell where this program is installed; settings not changed");
            return ExitCodes.Failure;
        }

        // A package manager's stable entry, not its versioned folder that an update deletes.
        return EditReport.Write(world, edit(path, InstalledPath.Stable(processPath, File.Exists)));
    }
}
