using System.Text;
using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Presets;

namespace Linesmith.Editor;

/// <summary>
/// The file the editor edits: the one a render reads (<see cref="ConfigLocator"/>), else where
/// <c>init</c> would write it (<see cref="ConfigTarget"/>), so that what is saved is what is used.
/// </summary>
internal static class ConfigSource
{
    public static (string Path, CreatableDirectory? Directory, string Text)? Read(string? commandLinePath, EnvironmentSnapshot environment, out string? error)
    {
        error = null;
        var directories = UserDirectories.From(environment);
        var located = ConfigLocator.Locate(commandLinePath, directories);
        var target = ConfigTarget.Resolve(commandLinePath, directories);
        var path = located?.Path is { } found ? Path.GetFullPath(found) : target?.Path;
        if (path is null)
        {
            error = "cannot tell where the config file goes: set HOME or XDG_CONFIG_HOME, or pass --config PATH";
            return null;
        }

        var directory = target is { } t && t.Path == path ? t.Directory : null;
        try
        {
            var bytes = BoundedFile.ReadAll(path, ConfigFile.MaxBytes);
            if (bytes is null)
            {
                error = $"{path} is larger than {ConfigFile.MaxBytes / 1024} KiB";
                return null;
            }

            return (path, directory, new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return (path, directory, string.Empty);
        }
        catch (DecoderFallbackException)
        {
            error = $"{path} is not valid UTF-8";
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            error = $"{path} cannot be read ({exception.Message})";
            return null;
        }
    }
}
