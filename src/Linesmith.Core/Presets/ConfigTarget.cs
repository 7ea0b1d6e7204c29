using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>
/// The config file <c>init</c> and <c>presets apply</c> write: <c>--config PATH</c>, else
/// <c>LINESMITH_CONFIG</c>, else <c>config.toml</c> in the user's config directory: the file a render
/// would read first (docs/spec/config.md), so what is written is what is used. With it, the
/// directory that may be created for it: <c>~/.config/linesmith</c> below HOME, a named file's own
/// directory only when its parent exists (docs/adr/0015-directories-from-the-environment.md).
/// </summary>
internal static class ConfigTarget
{
    public static (string Path, CreatableDirectory Directory)? Resolve(string? commandLinePath, UserDirectories directories)
    {
        if (!string.IsNullOrEmpty(commandLinePath))
        {
            return OwnDirectory(Path.GetFullPath(commandLinePath));
        }

        if (directories.ConfigFile is { } fromEnvironment)
        {
            return OwnDirectory(fromEnvironment);
        }

        return directories.ConfigRoot is { } root ? (Path.Join(root.Path, ConfigLocator.FileName), root) : null;
    }

    private static (string, CreatableDirectory) OwnDirectory(string file) =>
        (file, CreatableDirectory.LastLevelOf(Path.GetDirectoryName(file) ?? file));
}
