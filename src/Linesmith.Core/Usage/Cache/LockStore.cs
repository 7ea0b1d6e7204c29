using System.Text.Json;
using System.Text.Unicode;
using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Reads and writes <c>usage.lock</c> (docs/spec/on-disk-formats.md#usagelock). A lock that is not our JSON (an older
/// writer's plain text, or garbage) still counts, as a short legacy lock of <c>mtime + 30 s</c>.
/// No lock blocks for more than 24 h after it was written, whatever the file says and whatever the
/// clock did (docs/adr/0010-back-off-bounds.md): the cap counts from the file's modification time, not from now (a cap
/// from now moves with every read, so a far <c>blocked_until</c> blocked for ever); a
/// <c>blocked_until</c> that can only be milliseconds (another tool's) is read as such; and a lock
/// written more than <see cref="FutureTolerance"/> ahead of the clock (the clock was turned back since,
/// or the writer's was wrong) cannot be measured in real time and does not block.
/// </summary>
internal sealed class LockStore(string root, TimeProvider clock)
{
    public const string FileName = "usage.lock";

    /// <summary>How long a lock that cannot be parsed blocks, counted from its mtime.</summary>
    public const long LegacyLockSeconds = 30;

    /// <summary>The longest any lock may block after it was written, whatever the file says: 24 h.</summary>
    public const long MaxBlockSeconds = 86_400;

    /// <summary>
    /// A modification time this far ahead is still trusted (file systems on another host, coarse
    /// time stamps); beyond it the lock is void. A clock turned back by less than this can stretch a
    /// lock by as much, never more.
    /// </summary>
    public static readonly TimeSpan FutureTolerance = TimeSpan.FromMinutes(5);

    /// <summary>
    /// As seconds, a value above this lies past the year 5000: it can only be milliseconds. The same
    /// threshold reads stdin's <c>resets_at</c>.
    /// </summary>
    public const long MillisecondsThreshold = 100_000_000_000;

    /// <summary>A real lock is under 100 bytes; a larger file is read as a legacy lock.</summary>
    private const int MaxFileBytes = 64 * 1024;

    private readonly TimeProvider _clock = clock;

    public string Path { get; } = System.IO.Path.Join(root, FileName);

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

        DateTime modified;
        try
        {
            modified = File.GetLastWriteTimeUtc(Path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new LockRead(null, CacheError.From(CacheErrorKind.Io, Path, exception));
        }

        var written = UnixSeconds(modified);
        var parsed = bytes is null ? null : Parse(bytes);
        var read = Effective(parsed ?? new LockFile(written + LegacyLockSeconds), written, _clock.GetUtcNow());
        return bytes is null ? read with { Note = $"{Path} is larger than {MaxFileBytes} bytes: read as an unparsable lock" + (read.Note is null ? string.Empty : "; " + read.Note) } : read;
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

    /// <summary>Writes the lock with its modification time set to now by this store's clock: the write time its cap counts from.</summary>
    public CacheError? Write(LockFile lockFile)
    {
        var now = _clock.GetUtcNow();
        return AtomicJsonFile.Write(Path, lockFile, CacheJsonContext.Default.LockFile, now, modified: now) is { } error ? CacheError.From(error) : null;
    }

    /// <summary>Deletes <c>usage.lock</c>; deleting a file that is not there succeeds.</summary>
    public CacheError? Clear() => CacheFile.Delete(Path);

    /// <summary>
    /// The lock that applies, from what the file says and when it was written (<paramref name="written"/>,
    /// Unix seconds of its mtime): milliseconds read as such, at most <see cref="MaxBlockSeconds"/> after
    /// the write (or after now, when the write is up to <see cref="FutureTolerance"/> ahead), and void
    /// when the write is further ahead than that.
    /// </summary>
    internal static LockRead Effective(LockFile lockFile, long written, DateTimeOffset now)
    {
        var nowSeconds = now.ToUnixTimeSeconds();
        string? note = null;
        if (written > nowSeconds + (long)FutureTolerance.TotalSeconds)
        {
            var ahead = HumanSeconds(written - nowSeconds);
            return new LockRead(lockFile with { BlockedUntil = Math.Min(lockFile.BlockedUntil, nowSeconds) }, null, $"usage.lock was written {ahead} ahead of the clock (the clock was turned back since): ignored");
        }

        var blockedUntil = lockFile.BlockedUntil;
        if (blockedUntil > MillisecondsThreshold)
        {
            blockedUntil /= 1000;
            note = $"usage.lock: blocked_until {lockFile.BlockedUntil} can only be milliseconds: read as {blockedUntil}";
        }

        var ceiling = Math.Min(written, nowSeconds) + MaxBlockSeconds;
        if (blockedUntil > ceiling)
        {
            note = $"usage.lock: blocked_until {lockFile.BlockedUntil} is more than 24 h after the lock was written: capped at {ceiling}";
            blockedUntil = ceiling;
        }

        return new LockRead(lockFile with { BlockedUntil = blockedUntil }, null, note);
    }

    // An mtime before the epoch (or the 1601 "no time" value) counts as the epoch.
    private static long UnixSeconds(DateTime modifiedUtc) =>
        modifiedUtc <= DateTime.UnixEpoch ? 0 : new DateTimeOffset(modifiedUtc, TimeSpan.Zero).ToUnixTimeSeconds();

    private static string HumanSeconds(long seconds) => seconds >= 86_400 ? $"{seconds / 86_400} d" : seconds >= 3600 ? $"{seconds / 3600} h" : $"{seconds / 60} min";
}
