using Linesmith.Platform;

namespace Linesmith.Config;

/// <summary>
/// Which config file applies (docs/spec/config.md): <c>--config PATH</c>, then
/// <c>LINESMITH_CONFIG</c>, then <c>$XDG_CONFIG_HOME/linesmith/config.toml</c>, then
/// <c>~/.config/linesmith/config.toml</c>. An explicitly named file must exist; the implicit ones are
/// simply skipped when absent, and with none linesmith uses its built-in defaults.
/// </summary>
internal static class ConfigLocator
{
    public const string ConfigVariable = "LINESMITH_CONFIG";

    /// <summary>The file to read and whether the user named it explicitly; null when no file applies.</summary>
    public static (string Path, bool Explicit)? Locate(string? commandLinePath, EnvironmentSnapshot environment)
    {
        if (!string.IsNullOrEmpty(commandLinePath))
        {
            return (commandLinePath, true);
        }

        if (environment.GetNonEmpty(ConfigVariable) is { } fromEnvironment)
        {
            return (fromEnvironment, true);
        }

        foreach (var candidate in ImplicitCandidates(environment))
        {
            if (File.Exists(candidate))
            {
                return (candidate, false);
            }
        }

        return null;
    }

    /// <summary>The user's config directory: <c>$XDG_CONFIG_HOME/linesmith</c>, else <c>~/.config/linesmith</c>.</summary>
    public static string? ConfigDirectory(EnvironmentSnapshot environment)
    {
        if (environment.GetNonEmpty("XDG_CONFIG_HOME") is { } xdg)
        {
            return Path.Join(xdg, "linesmith");
        }

        return environment.GetNonEmpty("HOME") is { } home ? Path.Join(home, ".config", "linesmith") : null;
    }

    private static IEnumerable<string> ImplicitCandidates(EnvironmentSnapshot environment)
    {
        if (environment.GetNonEmpty("XDG_CONFIG_HOME") is { } xdg)
        {
            yield return Path.Join(xdg, "linesmith", "config.toml");
        }

        if (environment.GetNonEmpty("HOME") is { } home)
        {
            yield return Path.Join(home, ".config", "linesmith", "config.toml");
        }
    }
}
