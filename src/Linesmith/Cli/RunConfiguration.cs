using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Usage;

namespace Linesmith.Cli;

/// <summary>
/// The configuration a command runs with, resolved the same way for every command that reads it
/// (issue 12 item 9): the file from <c>--config</c>, else <c>$LINESMITH_CONFIG</c>, else the XDG
/// locations; the settings read from it; and the <c>[usage]</c> settings taken from those. The
/// environment overrides of <c>[usage]</c> are applied where the usage data is resolved
/// (<see cref="UsageSettings.WithEnvironment(EnvironmentSnapshot, Linesmith.Diagnostics.Log)"/>).
/// </summary>
internal sealed record RunConfiguration(ConfigFile File, LinesmithConfig Config, UsageSettings Usage)
{
    public static RunConfiguration Load(EnvironmentSnapshot environment, string? configPath)
    {
        var file = ConfigFile.Load(configPath, environment);
        var config = LinesmithConfig.From(file, environment);
        return new RunConfiguration(file, config, UsageSettings.FromConfig(config.Usage));
    }
}
