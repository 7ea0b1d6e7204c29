using System.Buffers.Binary;
using System.Text;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// <c>jsonl-index.bin</c> in the cache root: per transcript read within the window, its size, write
/// time, read offset, tail fingerprint and counted lines, so that a render reads only what was
/// appended since the last one (docs/spec/on-disk-formats.md#jsonl-indexbin). Little-endian binary, written atomically with mode
/// 0600. Read with a size cap, and trusted for nothing: a file that is not exactly this format, was
/// written by a clock more than an hour ahead, or names a path outside the transcript roots is
/// ignored as a whole and rebuilt; the index never decides which files are opened (the listing
/// does), it only spares reading them again.
/// </summary>
/// <remarks>
/// Layout: <c>"LSJI"</c>, u16 version (1), i64 written-at (Unix ms), u32 file count; per file u16
/// path length, the UTF-8 path, i64 size, i64 write time (UTC ticks), i64 offset, u8 complete, u64
/// tail hash, u32 entry count, then per entry i64 time stamp (Unix ms), u64 tokens, u64 id hash.
/// </remarks>
internal sealed class JsonlIndex
{
    public const string FileName = "jsonl-index.bin";

    /// <summary>A week of heavy use is well under 1 M lines (24 MB); a larger file is not ours.</summary>
    public const int MaxBytes = 64 << 20;

    private const uint Magic = 0x494A534C; // "LSJI" little-endian
    private const ushort Version = 1;
    private const int MaxPathBytes = 4096;
    private static readonly TimeSpan ClockSlack = TimeSpan.FromHours(1);

    private JsonlIndex(Dictionary<string, IndexedTranscript> files) => Files = files;

    public static JsonlIndex Empty => new(new Dictionary<string, IndexedTranscript>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, IndexedTranscript> Files { get; }

    public static string PathIn(string cacheRoot) => System.IO.Path.Join(cacheRoot, FileName);

    public static JsonlIndex Load(string path, IReadOnlyList<string> roots, DateTimeOffset now, Log log)
    {
        byte[]? bytes;
        try
        {
            if (!File.Exists(path))
            {
                return Empty;
            }

            bytes = BoundedFile.ReadAll(path, MaxBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: index {path} unreadable ({exception.Message}); rebuilding");
            return Empty;
        }

        var index = bytes is null ? null : Parse(bytes, roots, now);
        if (index is null)
        {
            log.Warn($"jsonl: index {path} is not valid; rebuilding");
            return Empty;
        }

        return index;
    }

    public static void Save(string path, IReadOnlyList<IndexedTranscript> files, DateTimeOffset now, TimeSpan window, Log log)
    {
        var oldest = (now - window).ToUnixTimeMilliseconds();
        using var stream = new MemoryStream();
        Span<byte> number = stackalloc byte[8];
        Write32(stream, number, Magic);
        BinaryPrimitives.WriteUInt16LittleEndian(number, Version);
        stream.Write(number[..2]);
        Write64(stream, number, (ulong)now.ToUnixTimeMilliseconds());
        Write32(stream, number, (uint)files.Count);
        foreach (var file in files)
        {
            var pathBytes = Encoding.UTF8.GetBytes(file.Path);
            BinaryPrimitives.WriteUInt16LittleEndian(number, (ushort)pathBytes.Length);
            stream.Write(number[..2]);
            stream.Write(pathBytes);
            Write64(stream, number, (ulong)file.Size);
            Write64(stream, number, (ulong)file.ModifiedTicks);
            Write64(stream, number, (ulong)file.Offset);
            stream.WriteByte(file.Complete ? (byte)1 : (byte)0);
            Write64(stream, number, file.TailHash);
            var kept = file.Entries.Where(entry => entry.AtMs >= oldest).ToList();
            Write32(stream, number, (uint)kept.Count);
            foreach (var entry in kept)
            {
                Write64(stream, number, (ulong)entry.AtMs);
                Write64(stream, number, entry.Tokens);
                Write64(stream, number, entry.IdHash);
            }
        }

        if (stream.Length > MaxBytes)
        {
            log.Warn($"jsonl: index would be {stream.Length} bytes; not written");
            return;
        }

        if (AtomicJsonFile.Write(path, stream.GetBuffer().AsSpan(0, (int)stream.Length), now) is { } error)
        {
            log.Warn($"jsonl: index not written: {error}");
        }
    }

    /// <summary>The index, or null for anything that is not exactly a valid one.</summary>
    internal static JsonlIndex? Parse(ReadOnlySpan<byte> bytes, IReadOnlyList<string> roots, DateTimeOffset now)
    {
        var reader = new SpanReader(bytes);
        if (!reader.U32(out var magic) || magic != Magic || !reader.U16(out var version) || version != Version
            || !reader.I64(out var writtenAt) || !reader.U32(out var count))
        {
            return null;
        }

        // Written by a clock more than an hour ahead of ours: its pruning may have dropped lines we still need.
        if (writtenAt > now.ToUnixTimeMilliseconds() + (long)ClockSlack.TotalMilliseconds || writtenAt < 0)
        {
            return null;
        }

        var files = new Dictionary<string, IndexedTranscript>(StringComparer.Ordinal);
        for (var i = 0u; i < count; i++)
        {
            if (!reader.U16(out var pathLength) || pathLength is 0 or > MaxPathBytes || !reader.Bytes(pathLength, out var pathBytes)
                || !reader.I64(out var size) || !reader.I64(out var modified) || !reader.I64(out var offset) || !reader.Bytes(1, out var complete)
                || !reader.U64(out var tail) || !reader.U32(out var entryCount))
            {
                return null;
            }

            if (!Utf8Path(pathBytes, out var path) || !Within(path, roots) || files.ContainsKey(path)
                || size <= 0 || offset < 0 || offset > size || complete[0] > 1 || (long)entryCount * JsonlEntry.Size > reader.Remaining)
            {
                return null;
            }

            var entries = new List<JsonlEntry>((int)entryCount);
            for (var e = 0u; e < entryCount; e++)
            {
                reader.I64(out var at);
                reader.U64(out var tokens);
                reader.U64(out var id);
                entries.Add(new JsonlEntry(at, tokens, id));
            }

            files[path] = new IndexedTranscript(path, size, modified, offset, complete[0] == 1, tail, entries);
        }

        return reader.Remaining == 0 ? new JsonlIndex(files) : null;
    }

    private static bool Utf8Path(ReadOnlySpan<byte> bytes, out string path)
    {
        path = string.Empty;
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return false;
        }

        path = Encoding.UTF8.GetString(bytes);
        return true;
    }

    /// <summary>A normalised <c>&lt;root&gt;/&lt;workspace&gt;/&lt;name&gt;.jsonl</c> under one of today's roots, as the listing names them.</summary>
    internal static bool Within(string path, IReadOnlyList<string> roots)
    {
        if (path.Contains('\0') || !path.EndsWith(".jsonl", StringComparison.Ordinal) || System.IO.Path.GetFullPath(path) != path)
        {
            return false;
        }

        foreach (var root in roots)
        {
            var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(root)) + System.IO.Path.DirectorySeparatorChar;
            if (path.StartsWith(full, StringComparison.Ordinal) && path.AsSpan(full.Length).Count(System.IO.Path.DirectorySeparatorChar) == 1)
            {
                return true;
            }
        }

        return false;
    }

    private static void Write32(Stream stream, Span<byte> buffer, uint value)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(buffer, value);
        stream.Write(buffer[..4]);
    }

    private static void Write64(Stream stream, Span<byte> buffer, ulong value)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(buffer, value);
        stream.Write(buffer[..8]);
    }

    /// <summary>Reads little-endian numbers off a span; each read says whether the bytes were there.</summary>
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public readonly int Remaining => _rest.Length;

        public bool Bytes(int length, out ReadOnlySpan<byte> value)
        {
            value = default;
            if (_rest.Length < length)
            {
                return false;
            }

            value = _rest[..length];
            _rest = _rest[length..];
            return true;
        }

        public bool U16(out ushort value)
        {
            value = 0;
            if (!Bytes(2, out var b))
            {
                return false;
            }

            value = BinaryPrimitives.ReadUInt16LittleEndian(b);
            return true;
        }

        public bool U32(out uint value)
        {
            value = 0;
            if (!Bytes(4, out var b))
            {
                return false;
            }

            value = BinaryPrimitives.ReadUInt32LittleEndian(b);
            return true;
        }

        public bool U64(out ulong value)
        {
            value = 0;
            if (!Bytes(8, out var b))
            {
                return false;
            }

            value = BinaryPrimitives.ReadUInt64LittleEndian(b);
            return true;
        }

        public bool I64(out long value)
        {
            var ok = U64(out var raw);
            value = (long)raw;
            return ok;
        }
    }
}
