using System.Text.Json;
using System.Text.Unicode;
using Linesmith.Diagnostics;
using Linesmith.Json;
using Linesmith.Platform;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// The JSONL fallback of docs/spec/jsonl-fallback.md: reads <c>&lt;root&gt;/&lt;workspace&gt;/*.jsonl</c> under every
/// existing projects root, dedups by <c>message.id</c> (first wins), and sums tokens for the active
/// 5-hour block and the 7-day window. Only complete <c>\n</c>-terminated lines count; bad lines are
/// skipped silently, unreadable files and directories with a warning.
/// </summary>
internal sealed class JsonlAggregator(EnvironmentSnapshot environment, Log log) : IJsonlSource
{
    private static readonly TimeSpan BlockLength = TimeSpan.FromHours(5);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    public int Calls { get; private set; }

    /// <summary><c>projects/</c> in each of <see cref="ClaudeDirectories.DataDirectories"/>.</summary>
    public static IReadOnlyList<string> Roots(EnvironmentSnapshot environment) =>
        ClaudeDirectories.From(environment).DataDirectories.Select(directory => Path.Join(directory, "projects")).ToList();

    public JsonlResult Aggregate(DateTimeOffset now)
    {
        Calls++;
        var roots = Roots(environment).Where(Directory.Exists).ToList();
        if (roots.Count == 0)
        {
            return new JsonlResult(null, JsonlErrorCode.DirectoryMissing);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var entries = new List<(DateTimeOffset At, ulong Tokens)>();
        foreach (var file in roots.SelectMany(Files))
        {
            ReadFile(file, seen, entries);
        }

        if (entries.Count == 0)
        {
            return new JsonlResult(null, JsonlErrorCode.NoEntries);
        }

        entries.Sort((a, b) => a.At.CompareTo(b.At));
        return new JsonlResult(new JsonlUsage(ActiveBlock(entries, now), WeekTotal(entries, now)), null);
    }

    /// <summary>
    /// The current 5-hour block, as ccusage computes it (docs/spec/jsonl-fallback.md#the-5-hour-block): a block starts at the floored
    /// hour of its first entry and ends 5 h later; the first entry at or after its end, or after a gap
    /// of more than 5 h, starts the next one. Only the last block can be current, and only while it
    /// has not ended (<c>now &lt; end</c>) and its last entry is at most 5 h old. Steady use every hour
    /// therefore makes a new block every 5 h instead of one block that never ends.
    /// </summary>
    internal static JsonlBlock? ActiveBlock(List<(DateTimeOffset At, ulong Tokens)> sorted, DateTimeOffset now)
    {
        DateTimeOffset start = default;
        DateTimeOffset last = default;
        ulong tokens = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            var (at, count) = sorted[i];
            if (i == 0 || at - last > BlockLength || at >= start + BlockLength)
            {
                start = FloorToHour(at);
                tokens = 0;
            }

            tokens = Add(tokens, count);
            last = at;
        }

        var end = start + BlockLength;
        return sorted.Count > 0 && now < end && now - last <= BlockLength ? new JsonlBlock(start, end, tokens) : null;
    }

    public static DateTimeOffset FloorToHour(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, TimeSpan.Zero);
    }

    private static ulong WeekTotal(List<(DateTimeOffset At, ulong Tokens)> sorted, DateTimeOffset now)
    {
        ulong total = 0;
        foreach (var (at, tokens) in sorted)
        {
            if (at >= now - Week && at <= now)
            {
                total = Add(total, tokens);
            }
        }

        return total;
    }

    private static ulong Add(ulong a, ulong b) => ulong.MaxValue - a < b ? ulong.MaxValue : a + b;

    private List<string> Files(string root)
    {
        try
        {
            return Directory.EnumerateDirectories(root)
                .SelectMany(workspace => SafeEnumerate(workspace))
                .ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: cannot list {root}: {exception.Message}");
            return [];
        }
    }

    private List<string> SafeEnumerate(string workspace)
    {
        try
        {
            return Directory.EnumerateFiles(workspace, "*.jsonl").ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: cannot list {workspace}: {exception.Message}");
            return [];
        }
    }

    /// <summary>A transcript past this is skipped, not read (docs/hostile-inputs.md: a 1 GB file or /dev/zero behind a symlink must not be loaded).</summary>
    private const int MaxTranscriptBytes = 128 * 1024 * 1024;

    private void ReadFile(string path, HashSet<string> seen, List<(DateTimeOffset At, ulong Tokens)> entries)
    {
        byte[]? bytes;
        try
        {
            bytes = Platform.BoundedFile.ReadAll(path, MaxTranscriptBytes);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: cannot read {path}: {exception.Message}");
            return;
        }

        if (bytes is null)
        {
            log.Warn($"jsonl: {path} is larger than {MaxTranscriptBytes / (1024 * 1024)} MiB; skipped");
            return;
        }

        var span = bytes.AsSpan();
        while (span.IndexOf((byte)'\n') is var end and >= 0)
        {
            var line = span[..end];
            span = span[(end + 1)..];
            if (line.EndsWith("\r"u8))
            {
                line = line[..^1];
            }

            if (ParseLine(line) is not { } record || !Rfc3339.TryParse(record.Timestamp, out var at))
            {
                continue;
            }

            if (record.Message?.Id is { } id && !seen.Add(id))
            {
                continue;
            }

            entries.Add((at, record.Message?.Usage?.Total ?? 0));
        }
    }

    private static JsonlRecord? ParseLine(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || !Utf8.IsValid(line))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(line, JsonlJsonContext.Default.JsonlRecord);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
