using System.Text.Json;
using System.Text.Unicode;
using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Reads and writes <c>usage.lock</c> (usage-cache.md §1.3). A lock that is not our JSON (an older
/// writer's plain text, or garbage) still counts, as a short legacy lock of <c>mtime + 30 s</c>; and
/// every read caps <c>blocked_until</c> at now + 24 h, against a hostile or corrupt lock file that
/// would otherwise block the endpoint forever.
/// </summary>
internal sealed class LockStore
{
    public const string FileName = "usage.lock";

    /// <summary>How long a lock that cannot be parsed blocks, counted from its mtime.</summary>
    public const long LegacyLockSeconds = 30;

    /// <summary>The longest any lock may block, whatever the file says: 24 h.</summary>
    public const long MaxBlockSeconds = 86_400;

    /// <summary>A real lock is under 100 bytes; a larger file is read as a legacy lock.</summary>
    private const int MaxFileBytes = 64 * 1024;

    private readonly TimeProvider _clock;

    public LockStore(string root, TimeProvider clock)
    {
        Path = System.IO.Path.Join(root, FileName);
        _clock = clock;
    }

    public string Path { get; }

    public LockRead Read()
    {
        var bytes = CacheFile.Read(Path, MaxFileBytes, out var exists, out var error);
        if (error is not null)
        {
            return new LockRead(null, error);
        }

        if (!exists)
        {
            return LockRead.None;
        }

        var now = _clock.GetUtcNow();
        var parsed = bytes is null ? null : Parse(bytes);
        if (parsed is null)
        {
            DateTime modified;
            try
            {
                modified = File.GetLastWriteTimeUtc(Path);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                return new LockRead(null, CacheError.From(CacheErrorKind.Io, Path, exception));
            }

            parsed = new LockFile(LegacyBlockedUntil(modified));
        }

        return new LockRead(Cap(parsed, now), null);
    }

    /// <summary>Parses our JSON lock shape; null when the bytes are anything else.</summary>
    public static LockFile? Parse(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty || !Utf8.IsValid(bytes))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, CacheJsonContext.Default.LockFile);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public CacheError? Write(LockFile lockFile) => AtomicJsonFile.Write(Path, lockFile, CacheJsonContext.Default.LockFile, _clock.GetUtcNow());

    /// <summary>Deletes <c>usage.lock</c>; deleting a file that is not there succeeds.</summary>
    public CacheError? Clear() => CacheFile.Delete(Path);

    /// <summary><c>mtime + 30 s</c>; an mtime before the epoch counts as the epoch.</summary>
    internal static long LegacyBlockedUntil(DateTime modifiedUtc)
    {
        var seconds = modifiedUtc <= DateTime.UnixEpoch ? 0 : new DateTimeOffset(modifiedUtc, TimeSpan.Zero).ToUnixTimeSeconds();
        return seconds + LegacyLockSeconds;
    }

    internal static LockFile Cap(LockFile lockFile, DateTimeOffset now)
    {
        var ceiling = now.ToUnixTimeSeconds() + MaxBlockSeconds;
        return lockFile.BlockedUntil > ceiling ? lockFile with { BlockedUntil = ceiling } : lockFile;
    }
}
