using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>
/// The config file <c>init</c> and <c>presets apply</c> write: <c>--config PATH</c>, else
/// <c>LINESMITH_CONFIG</c>, else <c>config.toml</c> in the user's config directory: the file a render
/// would read first (docs/spec/config.md), so what is written is what is used.
/// </summary>
internal static class ConfigTarget
{
    public const string FileName = "config.toml";

    public static string? Resolve(string? commandLinePath, EnvironmentSnapshot environment)
    {
        if (!string.IsNullOrEmpty(commandLinePath))
        {
            return Path.GetFullPath(commandLinePath);
        }

        if (environment.GetNonEmpty(ConfigLocator.ConfigVariable) is { } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        return ConfigLocator.ConfigDirectory(environment) is { } directory ? Path.Join(directory, FileName) : null;
    }
}
