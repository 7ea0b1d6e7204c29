using Linesmith.Cli;
using Linesmith.Platform;
using Linesmith.Presets;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith init [--preset NAME] [--force]</c>, <c>linesmith presets list</c> and
/// <c>linesmith presets apply NAME [--force]</c> (docs/commands.md). <c>init</c> asks for a
/// preset only when stdin is a terminal and none was named; piped or closed stdin never prompts.
/// </summary>
internal static class PresetCommand
{
    public static int Init(World world, CommandArgs args)
    {
        var name = args.Value("--preset") ?? (world.InputIsTerminal ? Ask(world) : BuiltInPresets.DefaultName);
        if (name is null)
        {
            return CommandLine.UsageError(world, $"no such preset (expected a number from 1 to {BuiltInPresets.All.Count} or one of: {BuiltInPresets.Names})");
        }

        var result = Apply(world, args, name, "Run 'linesmith init --force' to replace it (the old file is kept as config.toml.bak), or 'linesmith presets apply NAME --force'.");
        if (result == ExitCodes.Success)
        {
            world.Out.WriteLine($"Other presets: {BuiltInPresets.Names} (linesmith init --preset NAME --force).");
            world.Out.WriteLine("Next: 'linesmith install' points Claude Code's statusLine at linesmith; 'linesmith doctor' checks the setup.");
        }

        return result;
    }

    /// <summary>The numbered list and one line of answer: a number, a name, or Enter for the default.</summary>
    private static string? Ask(World world)
    {
        world.Out.WriteLine("Presets:");
        for (var i = 0; i < BuiltInPresets.All.Count; i++)
        {
            var preset = BuiltInPresets.All[i];
            world.Out.WriteLine($"  {i + 1}. {preset.Name,-15}{preset.Description}");
        }

        world.Out.Write($"Preset [{BuiltInPresets.DefaultName}]: ");
        world.Out.Flush();
        using var reader = new StreamReader(world.OpenInput());
        var answer = reader.ReadLine()?.Trim();
        if (string.IsNullOrEmpty(answer))
        {
            return BuiltInPresets.DefaultName;
        }

        if (int.TryParse(answer, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number >= 1 && number <= BuiltInPresets.All.Count ? BuiltInPresets.All[number - 1].Name : null;
        }

        return BuiltInPresets.Find(answer)?.Name;
    }

    public static int ApplyNamed(World world, CommandArgs args)
    {
        if (args.Positionals.Count == 0)
        {
            return CommandLine.UsageError(world, $"'presets apply' needs a preset name: {BuiltInPresets.Names}");
        }

        return Apply(world, args, args.Positionals[0], $"Run 'linesmith presets apply {args.Positionals[0]} --force' to replace it (the old file is kept as config.toml.bak).");
    }

    public static int List(World world, string? configPath)
    {
        var current = CurrentPreset(world, configPath);
        foreach (var preset in BuiltInPresets.All)
        {
            var mark = string.Equals(preset.Name, current, StringComparison.Ordinal) ? "*" : " ";
            world.Out.WriteLine($"{mark} {preset.Name,-15}{preset.Description}");
        }

        world.Out.WriteLine("Apply one with 'linesmith presets apply NAME' (* marks the preset the current config names).");
        return ExitCodes.Success;
    }

    private static int Apply(World world, CommandArgs args, string name, string forceHint)
    {
        if (BuiltInPresets.Find(name) is not { } preset)
        {
            return CommandLine.UsageError(world, $"unknown preset '{name}' (expected one of: {BuiltInPresets.Names})");
        }

        if (ConfigTarget.Resolve(args.Value("--config"), world.Environment) is not { } target)
        {
            world.Error.WriteLine("linesmith: cannot find the config directory: set HOME or XDG_CONFIG_HOME (absolute), or pass --config PATH");
            return ExitCodes.Failure;
        }

        var result = Report(world, PresetWriter.Write(target.Path, preset, args.Has("--force"), forceHint, target.Directory));
        if (result == ExitCodes.Success && InstallCommand.SuggestedRefresh(RunConfiguration.Load(world.Environment, target.Path).Config) is { } refresh)
        {
            // Issue 12 item 7: without refreshInterval the countdowns stop while a session is idle.
            world.Out.WriteLine($"Countdowns: {refresh.Why}. Run 'linesmith install' to set statusLine.refreshInterval to {refresh.Seconds} s.");
        }

        return result;
    }

    private static string? CurrentPreset(World world, string? configPath)
    {
        var file = RunConfiguration.Load(world.Environment, configPath).File;
        return file.Root.TryGetValue("preset", out var value) ? value as string : null;
    }

    private static int Report(World world, EditOutcome outcome)
    {
        (outcome.Ok ? world.Out : world.Error).WriteLine(outcome.Ok ? outcome.Message : $"linesmith: {outcome.Message}");
        return outcome.Ok ? ExitCodes.Success : ExitCodes.Failure;
    }
}
