using System.Text.Json.Serialization.Metadata;
using Linesmith.Json;
using Linesmith.Usage.Cache;

namespace Linesmith.Platform;

/// <summary>
/// <c>atomic_write_json</c> (usage-cache.md §2): serialize, write a uniquely named temp file in the
/// target's own directory, fsync it, rename it over the target. <c>rename(2)</c> within one
/// directory is atomic, so a reader sees the old file or the new one, never a torn one; the temp
/// file is removed on any failure.
/// </summary>
internal static class AtomicJsonFile
{
    /// <summary>Temp files are <c>.&lt;target name&gt;.&lt;pid&gt;.&lt;random&gt;.tmp</c> beside the target.</summary>
    public const string TempSuffix = ".tmp";

    public static CacheError? Write<T>(string path, T value, JsonTypeInfo<T> typeInfo) =>
        Write(path, JsonText.ToPrettyUtf8(value, typeInfo));

    public static CacheError? Write(string path, ReadOnlySpan<byte> bytes)
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
            return CacheError.From(CacheErrorKind.InvalidInput, path, exception);
        }

        if (string.IsNullOrEmpty(directory))
        {
            return new CacheError(CacheErrorKind.InvalidInput, FileProblem.InvalidInput, path, "no parent directory");
        }

        try
        {
            CreatePrivateDirectory(directory);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return CacheError.From(CacheErrorKind.Io, directory, exception);
        }

        var tempPath = Path.Combine(directory, TempName(Path.GetFileName(fullPath)));
        try
        {
            WriteNewFile(tempPath, bytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(tempPath);
            return CacheError.From(CacheErrorKind.Io, tempPath, exception);
        }

        try
        {
            File.Move(tempPath, fullPath, overwrite: true);
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(tempPath);
            return CacheError.From(CacheErrorKind.Persist, fullPath, exception);
        }
    }

    /// <summary>
    /// Creates the directory and any missing parents owner-only (0700); directories that already
    /// exist keep their mode. Each level is created on its own because
    /// <c>Directory.CreateDirectory(path, mode)</c> applies the mode to the last level only.
    /// </summary>
    public static void CreatePrivateDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
            return;
        }

        var missing = new Stack<string>();
        for (var current = directory; !string.IsNullOrEmpty(current) && !Directory.Exists(current); current = Path.GetDirectoryName(current))
        {
            missing.Push(current);
        }

        while (missing.TryPop(out var level))
        {
            Directory.CreateDirectory(level, UnixModes.PrivateDirectory);
        }
    }

    private static string TempName(string targetName) =>
        $".{targetName}.{Environment.ProcessId}.{Guid.NewGuid():N}{TempSuffix}";

    private static void WriteNewFile(string tempPath, ReadOnlySpan<byte> bytes)
    {
        // CreateNew is O_CREAT|O_EXCL: it never opens, truncates or follows anything already at the path.
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            Share = FileShare.None,
            BufferSize = 0,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixModes.PrivateFile;
        }

        using var stream = new FileStream(tempPath, options);
        stream.Write(bytes);
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
