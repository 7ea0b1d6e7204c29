using System.Text.Json.Serialization.Metadata;
using Linesmith.Json;

namespace Linesmith.Platform;

/// <summary>
/// <c>atomic_write_json</c> (docs/spec/on-disk-formats.md#atomic-writes): serialize, write a uniquely named temp file in the
/// target's own directory, fsync it, rename it over the target. <c>rename(2)</c> within one
/// directory is atomic, so a reader sees the old file or the new one, never a torn one; the temp
/// file is removed on any failure. On Windows the rename is retried while another process holds the
/// target (<see cref="FileReplace"/>).
/// </summary>
internal static class AtomicJsonFile
{
    /// <summary>Temp files are <c>.&lt;target name&gt;.&lt;pid&gt;.&lt;random&gt;.tmp</c> beside the target.</summary>
    public const string TempSuffix = ".tmp";

    /// <summary>
    /// A temp file this old belongs to a writer that was killed between create and rename (a live
    /// writer holds one for milliseconds), so the next writer of the same target removes it.
    /// </summary>
    public static readonly TimeSpan StaleTempAge = TimeSpan.FromMinutes(1);

    public static FileWriteError? Write<T>(string path, T value, JsonTypeInfo<T> typeInfo, DateTimeOffset? now = null, DateTimeOffset? modified = null) =>
        Write(path, JsonText.ToPrettyUtf8(value, typeInfo), now, modified);

    /// <summary>
    /// Writes <paramref name="bytes"/> atomically. With <paramref name="now"/> (the caller's clock), a
    /// successful write also removes this target's temp files older than <see cref="StaleTempAge"/>.
    /// With <paramref name="modified"/>, the file's modification time is set to it before the rename
    /// (<c>usage.lock</c> counts its 24 h cap from it, by the same clock as its <c>blocked_until</c>).
    /// </summary>
    public static FileWriteError? Write(string path, ReadOnlySpan<byte> bytes, DateTimeOffset? now = null, DateTimeOffset? modified = null)
    {
        string fullPath;
        string? directory;
        try
        {
            fullPath = Path.GetFullPath(path);
            directory = Path.GetDirectoryName(fullPath);
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return FileWriteError.From(FileWriteStep.InvalidInput, path, exception);
        }

        if (string.IsNullOrEmpty(directory))
        {
            return new FileWriteError(FileWriteStep.InvalidInput, FileProblem.InvalidInput, path, "no parent directory");
        }

        try
        {
            // Only the target's own directory, and only when its parent exists: never HOME or above (ADR 0015).
            CreatableDirectory.LastLevelOf(directory).Create();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return FileWriteError.From(FileWriteStep.Io, directory, exception);
        }

        var tempPath = Path.Combine(directory, TempName(Path.GetFileName(fullPath)));
        try
        {
            WriteNewFile(tempPath, bytes, modified);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(tempPath);
            return FileWriteError.From(FileWriteStep.Io, tempPath, exception);
        }

        try
        {
            FileReplace.Over(tempPath, fullPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(tempPath);
            return FileWriteError.From(FileWriteStep.Persist, fullPath, exception);
        }

        if (now is { } wallClock)
        {
            RemoveStaleTemps(directory, Path.GetFileName(fullPath), wallClock);
        }

        return null;
    }

    /// <summary>
    /// Deletes <c>.&lt;target&gt;.*.tmp</c> files in <paramref name="directory"/> last written before
    /// <paramref name="now"/> minus <see cref="StaleTempAge"/>. Only regular files are removed (a
    /// symlink is unlinked, never followed); failures are ignored, the next writer tries again.
    /// </summary>
    public static int RemoveStaleTemps(string directory, string targetName, DateTimeOffset now)
    {
        var removed = 0;
        try
        {
            var cutoff = now.UtcDateTime - StaleTempAge;
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos($".{targetName}.*{TempSuffix}"))
            {
                if (entry is FileInfo && entry.LastWriteTimeUtc < cutoff)
                {
                    entry.Delete();
                    removed++;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            // Best effort: a leftover temp file is harmless to readers.
        }

        return removed;
    }

    private static string TempName(string targetName) =>
        $".{targetName}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}";

    internal static void WriteNewFile(string tempPath, ReadOnlySpan<byte> bytes, DateTimeOffset? modified = null)
    {
        // CreateNew is O_CREAT|O_EXCL: it never opens, truncates or follows anything already at the path.
        using var stream = PrivateFile.Open(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        stream.Write(bytes);
        stream.Flush(flushToDisk: false);
        if (modified is { } time)
        {
            File.SetLastWriteTimeUtc(stream.SafeFileHandle, time.UtcDateTime);
        }

        stream.Flush(flushToDisk: true);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover temp file is harmless to readers, and the write already failed.
        }
    }
}
