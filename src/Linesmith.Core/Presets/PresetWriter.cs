using System.Text;
using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>
/// Writes a preset as the config file: never over an existing file without <c>force</c>; with it, the
/// previous content goes to <c>config.toml.bak</c> first; the same content is not rewritten; the write
/// is atomic (temp file, fsync, rename).
/// </summary>
internal static class PresetWriter
{
    public const string BackupSuffix = ".bak";

    /// <param name="directory">The file's directory and below what it may be created; null = only when its parent exists.</param>
    public static EditOutcome Write(string path, Preset preset, bool force, string forceHint, CreatableDirectory? directory = null)
    {
        var bytes = Encoding.UTF8.GetBytes(preset.Toml + "\n");
        byte[]? previous;
        try
        {
            previous = BoundedFile.ReadAll(path, Config.ConfigFile.MaxBytes) ?? throw new IOException($"larger than {Config.ConfigFile.MaxBytes / 1024} KiB");
        }
        catch (IOException exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            previous = null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return EditOutcome.Refused($"{path} cannot be read ({exception.Message}); not changed");
        }

        if (previous is not null && previous.AsSpan().SequenceEqual(bytes))
        {
            return EditOutcome.Unchanged($"{path} already holds the '{preset.Name}' preset; nothing changed");
        }

        if (previous is not null && !force)
        {
            return EditOutcome.Refused($"{path} already exists; not changed\n{forceHint}");
        }

        try
        {
            directory?.Create();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return EditOutcome.Refused($"{path} could not be written ({exception.Message})");
        }

        var backup = path + BackupSuffix;
        if (previous is not null && AtomicJsonFile.Write(backup, previous) is { } backupError)
        {
            return EditOutcome.Refused($"could not write the backup {backup} ({backupError}); {path} not changed");
        }

        if (AtomicJsonFile.Write(path, bytes) is { } error)
        {
            return EditOutcome.Refused($"{path} could not be written ({error})");
        }

        var note = previous is null ? string.Empty : $" (previous config in {backup})";
        return EditOutcome.Wrote($"wrote the '{preset.Name}' preset to {path}{note}");
    }
}
