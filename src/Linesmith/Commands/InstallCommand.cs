using System.Globalization;
using Linesmith.ClaudeCode;
using Linesmith.Cli;
using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith install</c> and <c>linesmith uninstall</c>: point Claude Code's <c>statusLine</c> at this
/// binary, or remove that entry (docs/commands.md; docs/spec/statusline-contract.md#claude-code-settings). The care is in <see cref="SettingsEditor"/>.
/// </summary>
internal static class InstallCommand
{
    public static int Install(World world, CommandArgs args)
    {
        int? refresh = null;
        if (args.Value("--refresh") is { } text)
        {
            var parsed = long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds);
            if (!parsed || seconds is < StatusLineEntry.MinRefreshSeconds or > StatusLineEntry.MaxRefreshSeconds)
            {
                var found = parsed ? seconds.ToString(CultureInfo.InvariantCulture) : RangeMessage.Quote(text);
                return CommandLine.UsageError(world, "'--refresh' (seconds): " + RangeMessage.Integer(StatusLineEntry.MinRefreshSeconds, StatusLineEntry.MaxRefreshSeconds, found, "nothing changed"));
            }

            refresh = (int)seconds;
        }

        var suggested = SuggestedRefresh(RunConfiguration.Load(world.Environment, args.Value("--config")).Config);
        return Run(world, args, (path, binary) => SettingsEditor.Install(path, binary, refresh, args.Has("--force"), suggested));
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

    public static int Uninstall(World world, CommandArgs args) =>
        Run(world, args, (path, binary) => SettingsEditor.Uninstall(path, binary, args.Has("--force")));

    private static int Run(World world, CommandArgs args, Func<string, string, EditOutcome> edit)
    {
        if (ClaudeSettingsPath.Resolve(args.Value("--settings"), world.Environment) is not { } path)
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
        var outcome = edit(path, InstalledPath.Stable(processPath, File.Exists));
        (outcome.Ok ? world.Out : world.Error).WriteLine(outcome.Ok ? outcome.Message : $"linesmith: {outcome.Message}");
        return outcome.Ok ? ExitCodes.Success : ExitCodes.Failure;
    }
}
