using Linesmith.Platform;

namespace Linesmith.Config;

/// <summary>
/// Which config file applies (docs/spec/config.md): <c>--config PATH</c>, then
/// <c>LINESMITH_CONFIG</c>, then <c>$XDG_CONFIG_HOME/linesmith/config.toml</c>, then
/// <c>~/.config/linesmith/config.toml</c>, then on macOS <c>~/Library/Application Support/linesmith/config.toml</c>. An explicitly named file must exist; the implicit ones are
/// simply skipped when absent, and with none linesmith uses its built-in defaults. The directories come
/// from <see cref="UserDirectories"/>, so a relative <c>LINESMITH_CONFIG</c>, <c>XDG_CONFIG_HOME</c> or
/// <c>HOME</c> is ignored (ADR 0015): a render runs in the project Claude Code has open, and a
/// config found there could send the token anywhere. A relative <c>--config</c> is typed by the user and
/// resolves against the current directory (docs/adr/0015-directories-from-the-environment.md).
/// </summary>
internal static class ConfigLocator
{
    public const string FileName = "config.toml";

    /// <summary>The file to read and whether the user named it explicitly; null when no file applies.</summary>
    public static (string Path, bool Explicit)? Locate(string? commandLinePath, UserDirectories directories)
    {
        if (!string.IsNullOrEmpty(commandLinePath))
        {
            return (commandLinePath, true);
        }

        if (directories.ConfigFile is { } fromEnvironment)
        {
            return (fromEnvironment, true);
        }

        foreach (var candidate in ImplicitCandidates(directories))
        {
            if (File.Exists(candidate))
            {
                return (candidate, false);
            }
        }

        return null;
    }

    /// <summary><c>$XDG_CONFIG_HOME/linesmith/config.toml</c>, then <c>~/.config/linesmith/config.toml</c> when that differs, then the macOS Library one.</summary>
    private static IEnumerable<string> ImplicitCandidates(UserDirectories directories)
    {
        var primary = directories.ConfigDirectory is { } directory ? Path.Join(directory, FileName) : null;
        if (primary is not null)
        {
            yield return primary;
        }

        if (directories.Home is { } home && Path.Join(home, ".config", UserDirectories.LinesmithName, FileName) is var legacy && legacy != primary)
        {
            yield return legacy;
        }

        // macOS: where the original looks last (its config_dir), for a file written there by it.
        if (directories.LibraryConfigDirectory is { } library)
        {
            yield return Path.Join(library, FileName);
        }
    }
}
