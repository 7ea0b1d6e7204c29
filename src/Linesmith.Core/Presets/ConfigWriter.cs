using System.Text;
using Linesmith.Config;
using Linesmith.Platform;

namespace Linesmith.Presets;

/// <summary>
/// Replaces a config file (<c>presets apply</c>, <c>init</c>, the editor's save): never over an existing
/// file unless <c>replace</c>; the previous content goes to <c>config.toml.bak</c> first; the same
/// content is not rewritten; the write is atomic (temp file, fsync, rename), so a reader sees the old
/// file or the new one, never half of one.
/// </summary>
internal static class ConfigWriter
{
    public const string BackupSuffix = ".bak";

    /// <param name="directory">The file's directory and below what it may be created; null = only when its parent exists.</param>
    /// <param name="unchanged">The message when the file already holds exactly this text.</param>
    /// <param name="done">What was written, for the message (" (previous config in …)" is added).</param>
    public static EditOutcome Write(string path, string text, bool replace, string refusedHint, CreatableDirectory? directory, string unchanged, string done)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        byte[]? previous;
        try
        {
            previous = BoundedFile.ReadAll(path, ConfigFile.MaxBytes) ?? throw new IOException($"larger than {ConfigFile.MaxBytes / 1024} KiB");
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
            return EditOutcome.Unchanged(unchanged);
        }

        if (previous is not null && !replace)
        {
            return EditOutcome.Refused($"{path} already exists; not changed\n{refusedHint}");
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
        return EditOutcome.Wrote(done + note);
    }
}
