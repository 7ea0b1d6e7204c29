using System.Text.Json.Nodes;
using Linesmith.Json;
using Linesmith.Platform;

namespace Linesmith.ClaudeCode;

/// <summary>
/// <c>install</c> and <c>uninstall</c>: change only <c>statusLine</c> in Claude Code's settings and keep
/// every other key and value. The file is never written when it cannot be understood (not JSON, not
/// an object, <c>statusLine</c> not an object), when it is read-only, or when the result would be the
/// same bytes; otherwise the previous content goes to <c>settings.json.bak</c> and the new content is
/// renamed into place atomically.
/// </summary>
internal static class SettingsEditor
{
    public const string BackupSuffix = ".bak";

    /// <param name="suggestedRefresh">
    /// The <c>refreshInterval</c> to set when none is asked for (<paramref name="refreshSeconds"/> null)
    /// and linesmith's entry has none yet, with why: the line has countdowns (see <c>Config.Countdowns</c>).
    /// </param>
    public static EditOutcome Install(string path, string binaryPath, int? refreshSeconds, bool force, (int Seconds, string Why)? suggestedRefresh = null)
    {
        var target = Symlinks.FinalTarget(path);
        var document = SettingsDocument.Load(target);
        if (Unusable(document) is { } refused)
        {
            return refused;
        }

        var root = document.Root!;
        var current = root[StatusLineEntry.Key] as JsonObject;
        var command = current is null ? null : StatusLineEntry.CommandOf(current);
        var ours = current is not null && StatusLineCommand.RunsLinesmith(command, binaryPath);
        var wanted = StatusLineEntry.Create(binaryPath, refreshSeconds);
        var note = string.Empty;
        if (ours && refreshSeconds is null && current![StatusLineEntry.RefreshKey] is { } interval)
        {
            // A plain re-install (scripts/install after a pull) keeps the interval set by an earlier --refresh.
            wanted[StatusLineEntry.RefreshKey] = interval.DeepClone();
        }
        else if (refreshSeconds is null && suggestedRefresh is { } suggested)
        {
            wanted[StatusLineEntry.RefreshKey] = suggested.Seconds;
            note = $"\nrefreshInterval set to {suggested.Seconds} s: {suggested.Why}";
        }

        if (current is not null && JsonNode.DeepEquals(current, wanted))
        {
            return EditOutcome.Unchanged($"{path}: statusLine already runs {binaryPath}; nothing changed");
        }

        if (current is not null && !ours && !force)
        {
            return EditOutcome.Refused(
                $"{path}: statusLine already runs another program: {command ?? "(no command)"}\nRun 'linesmith install --force' to replace it (the old file is kept as {Path.GetFileName(path)}{BackupSuffix}).");
        }

        root[StatusLineEntry.Key] = wanted;
        return Write(path, target, document, root, $"{path}: statusLine set to run {binaryPath}{note}");
    }

    public static EditOutcome Uninstall(string path, string binaryPath, bool force)
    {
        var target = Symlinks.FinalTarget(path);
        var document = SettingsDocument.Load(target);
        if (Unusable(document) is { } refused)
        {
            return refused;
        }

        var root = document.Root!;
        if (!root.ContainsKey(StatusLineEntry.Key))
        {
            return EditOutcome.Unchanged($"{path}: no statusLine entry; nothing changed");
        }

        var command = StatusLineEntry.CommandOf((JsonObject)root[StatusLineEntry.Key]!);
        if (!force && !StatusLineCommand.RunsLinesmith(command, binaryPath))
        {
            return EditOutcome.Refused(
                $"{path}: statusLine runs another program, not linesmith: {command ?? "(no command)"}; left as it is\nRun 'linesmith uninstall --force' to remove it anyway.");
        }

        root.Remove(StatusLineEntry.Key);
        return Write(path, target, document, root, $"{path}: statusLine removed");
    }

    private static EditOutcome? Unusable(SettingsDocument document)
    {
        if (document.Problem is { } problem)
        {
            return EditOutcome.Refused($"{document.Path} {problem}; not changed");
        }

        if (document.Root![StatusLineEntry.Key] is { } entry && entry is not JsonObject)
        {
            return EditOutcome.Refused($"{document.Path}: statusLine is not a JSON object; not changed");
        }

        return null;
    }

    private static EditOutcome Write(string shownPath, string target, SettingsDocument document, JsonObject root, string done)
    {
        var bytes = Serialize(root);

        if (document.OriginalBytes is { } original && original.AsSpan().SequenceEqual(bytes))
        {
            return EditOutcome.Unchanged($"{shownPath}: nothing changed");
        }

        if (document.Exists && WriteProblem(target) is { } readOnly)
        {
            return EditOutcome.Refused($"{shownPath} {readOnly}; not changed");
        }

        UnixFileMode? mode = document.Exists && !OperatingSystem.IsWindows() ? File.GetUnixFileMode(target) : null;
        var backup = target + BackupSuffix;
        if (document.OriginalBytes is { } previous && AtomicJsonFile.Write(backup, previous) is { } backupError)
        {
            return EditOutcome.Refused($"{shownPath}: could not write the backup {backup} ({backupError}); not changed");
        }

        if (AtomicJsonFile.Write(target, bytes) is { } error)
        {
            return EditOutcome.Refused($"{shownPath}: could not be written ({error}); not changed");
        }

        if (mode is { } keep && !OperatingSystem.IsWindows())
        {
            // The temp file is created owner-only; the settings file keeps the mode it had.
            File.SetUnixFileMode(target, keep);
        }

        var backupNote = document.OriginalBytes is null ? string.Empty : $" (previous content in {backup})";
        return EditOutcome.Wrote(done + backupNote);
    }

    /// <summary>Two-space indent and a final newline, as Claude Code writes the file.</summary>
    public static byte[] Serialize(JsonObject root) => [.. JsonText.ToPrettyUtf8(root), (byte)'\n'];

    /// <summary>
    /// A read-only file is a deliberate choice (a managed or generated settings file): rename(2) would
    /// replace it anyway, so its mode is checked, then it is opened for writing, which changes nothing.
    /// </summary>
    private static string? WriteProblem(string target)
    {
        // The mode bits first: root may open any file for writing, yet a 0444 file still says "leave me alone".
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0)
        {
            return "is read-only";
        }

        try
        {
            using var probe = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, 1);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return "is read-only";
        }
        catch (IOException exception)
        {
            return $"cannot be opened for writing ({exception.Message})";
        }
    }
}
