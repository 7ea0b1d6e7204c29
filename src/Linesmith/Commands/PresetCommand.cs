using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Host;
using Linesmith.Presets;
using Linesmith.Schema;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith init [--preset NAME] [--force]</c>, <c>linesmith presets list</c> and
/// <c>linesmith presets apply NAME [--force]</c> (docs/commands.md). <c>init</c> asks for a
/// preset only when stdin is a terminal and none was named; piped or closed stdin never prompts.
/// </summary>
internal static class PresetCommand
{
    /// <param name="configPath">The command line's <c>--config</c>: the file to write.</param>
    public static int Init(World world, RunContext run, string? preset, bool force, string? configPath)
    {
        var name = preset ?? (world.InputIsTerminal ? Ask(world) : BuiltInPresets.DefaultName);
        if (name is null)
        {
            return WrongUsage.Report(world, $"no such preset (expected a number from 1 to {BuiltInPresets.All.Count} or one of: {BuiltInPresets.Names})");
        }

        var result = Apply(world, run, name, force, configPath, "Run 'linesmith init --force' to replace it (the old file is kept as config.toml.bak), or 'linesmith presets apply NAME --force'.");
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

    public static int ApplyNamed(World world, RunContext run, string? name, bool force, string? configPath)
    {
        if (name is null)
        {
            return WrongUsage.Report(world, $"'presets apply' needs a preset name: {BuiltInPresets.Names}");
        }

        return Apply(world, run, name, force, configPath, $"Run 'linesmith presets apply {name} --force' to replace it (the old file is kept as config.toml.bak).");
    }

    public static int List(World world, RunContext run)
    {
        var current = run.ConfigFile.Root.TryGetValue("preset", out var value) ? value as string : null;
        foreach (var preset in BuiltInPresets.All)
        {
            var mark = string.Equals(preset.Name, current, StringComparison.Ordinal) ? "*" : " ";
            world.Out.WriteLine($"{mark} {preset.Name,-15}{preset.Description}");
        }

        world.Out.WriteLine("Apply one with 'linesmith presets apply NAME' (* marks the preset the current config names).");
        return ExitCodes.Success;
    }

    private static int Apply(World world, RunContext run, string name, bool force, string? configPath, string forceHint)
    {
        if (BuiltInPresets.Find(name) is not { } preset)
        {
            return WrongUsage.Report(world, $"unknown preset '{name}' (expected one of: {BuiltInPresets.Names})");
        }

        if (ConfigTarget.Resolve(configPath, run.Directories) is not { } target)
        {
            world.Error.WriteLine("linesmith: cannot find the config directory: set HOME or XDG_CONFIG_HOME (absolute), or pass --config PATH");
            return ExitCodes.Failure;
        }

        var result = EditReport.Write(world, PresetWriter.Write(target.Path, preset, force, forceHint, target.Directory));
        if (result == ExitCodes.Success)
        {
            // The file's #:schema directive names this schema (docs/adr/0024-config-schema-generated-and-written-beside-the-config.md).
            var schema = SchemaFile.WriteBeside(target.Path);
            (schema.Ok ? world.Out : world.Error).WriteLine(schema.Ok ? schema.Message : "linesmith: " + schema.Message);
        }

        // The file just written, not the run's config: that is what the next render reads.
        if (result == ExitCodes.Success && InstallCommand.SuggestedRefresh(LinesmithConfig.From(ConfigFile.Read(target.Path), run.Environment)) is { } refresh)
        {
            // Issue 12 item 7: without refreshInterval the countdowns stop while a session is idle.
            world.Out.WriteLine($"Countdowns: {refresh.Why}. Run 'linesmith install' to set statusLine.refreshInterval to {refresh.Seconds} s.");
        }

        return result;
    }
}
