using System.Text.Json;
using System.Text.Unicode;
using Linesmith.Platform;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Reads, writes and clears <c>usage.json</c> (docs/spec/on-disk-formats.md#usagejson). Every "this file is no use"
/// condition is a miss, never an error: absent, empty, not UTF-8, malformed, another schema version,
/// or <c>cached_at</c> later than now (clock skew). Only real I/O problems surface as
/// <see cref="CacheError"/>.
/// </summary>
internal sealed class CacheStore(string root, TimeProvider clock)
{
    public const string FileName = "usage.json";

    /// <summary>A real entry is about 2 KB; anything over this is not ours and reads as a miss.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    private readonly TimeProvider _clock = clock;

    public string Root { get; } = root;

    public string Path { get; } = System.IO.Path.Join(root, FileName);

    public CacheRead Read()
    {
        var bytes = CacheFile.Read(Path, MaxFileBytes, out var exists, out var error);
        if (error is not null)
        {
            return new CacheRead(null, error);
        }

        if (bytes is null && exists)
        {
            return new CacheRead(null, null, $"{Path} is larger than {MaxFileBytes} bytes: read as a miss");
        }

        var entry = bytes is null ? null : Parse(bytes, _clock.GetUtcNow());
        return new CacheRead(entry, null);
    }

    /// <summary>
    /// Parses the bytes of a <c>usage.json</c>; null on every miss condition. <paramref name="now"/>
    /// is the wall clock against which a future <c>cached_at</c> is rejected.
    /// </summary>
    public static CachedUsage? Parse(ReadOnlySpan<byte> bytes, DateTimeOffset now)
    {
        if (bytes.IsEmpty || !Utf8.IsValid(bytes))
        {
            return null;
        }

        CachedUsage? entry;
        try
        {
            entry = JsonSerializer.Deserialize(bytes, CacheJsonContext.Default.CachedUsage);
        }
        catch (JsonException)
        {
            return null;
        }

        if (entry is null || entry.SchemaVersion != CacheSchema.Version || entry.CachedAt > now)
        {
            return null;
        }

        return entry;
    }

    public CacheError? Write(CachedUsage entry) =>
        AtomicJsonFile.Write(Path, entry, CacheJsonContext.Default.CachedUsage, _clock.GetUtcNow()) is { } error ? CacheError.From(error) : null;

    /// <summary>Deletes <c>usage.json</c>; deleting a file that is not there succeeds.</summary>
    public CacheError? Clear() => CacheFile.Delete(Path);
}
