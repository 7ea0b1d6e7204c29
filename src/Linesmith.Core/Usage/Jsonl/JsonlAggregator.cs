using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// The JSONL fallback of docs/spec/jsonl-fallback.md: reads
/// <c>&lt;root&gt;/&lt;workspace&gt;/*.jsonl</c> under every existing projects root, dedups by
/// <c>message.id</c> (first wins, oldest file first), and sums tokens for the active 5-hour block and
/// the 7-day window. Bounded (docs/spec/jsonl-fallback.md#files): only files written within the window are listed
/// (<see cref="TranscriptCatalog"/>), each is streamed line by line (<see cref="TranscriptScan"/>),
/// and a run reads at most <see cref="JsonlLimits"/> bytes and time; <see cref="JsonlIndex"/> in the
/// cache root keeps what was read, so a repeated render opens only files that changed and reads only
/// what was appended.
/// </summary>
internal sealed class JsonlAggregator(ClaudeDirectories directories, Log log, string? cacheRoot = null, TimeProvider? clock = null, JsonlLimits? limits = null) : IJsonlSource
{
    private static readonly TimeSpan BlockLength = TimeSpan.FromHours(5);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    /// <summary>
    /// Time stamps outside 1970..9000 are not real (a corrupt line or index entry): dropped, so that the
    /// block arithmetic (<c>start + 5 h</c>) can never overflow <see cref="DateTimeOffset"/>.
    /// </summary>
    private static readonly long MaxMs = new DateTimeOffset(9000, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();

    private readonly JsonlLimits _limits = limits ?? JsonlLimits.Default;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary><c>projects/</c> in each of <see cref="ClaudeDirectories.DataDirectories"/>.</summary>
    public static IReadOnlyList<string> Roots(ClaudeDirectories directories) =>
        directories.DataDirectories.Select(directory => Path.Join(directory, "projects")).ToList();

    public JsonlResult Aggregate(DateTimeOffset now)
    {
        var roots = Roots(directories).Where(Directory.Exists).ToList();
        if (roots.Count == 0)
        {
            return new JsonlResult(null, JsonlErrorCode.DirectoryMissing);
        }

        var listed = TranscriptCatalog.InWindow(roots, now, _limits.Window, log);
        var indexPath = cacheRoot is null ? null : JsonlIndex.PathIn(cacheRoot);
        var index = indexPath is null ? JsonlIndex.Empty : JsonlIndex.Load(indexPath, roots, now, log);
        var budget = new JsonlBudget(_limits, _clock);
        var known = new List<IndexedTranscript>(listed.Count);
        var changed = listed.Count != index.Files.Count;
        var opened = 0;
        foreach (var file in listed)
        {
            index.Files.TryGetValue(file.Path, out var previous);
            if (previous is not null && previous.Fresh(file))
            {
                known.Add(previous);
                continue;
            }

            changed = true;
            if (budget.Exhausted)
            {
                if (previous is not null)
                {
                    known.Add(previous with { Complete = false });
                }

                continue;
            }

            if (Read(file, previous, budget, ref opened) is { } read)
            {
                known.Add(read);
            }
        }

        if (log.IsEnabled(LogLevel.Debug))
        {
            // What the index saves: a repeated render opens only the transcripts that changed.
            log.Debug($"jsonl: {opened} of {listed.Count} transcript(s) read, the index answered for the rest");
        }

        if (budget.Exhausted)
        {
            log.Info("jsonl: scan budget reached; the next run continues where this one stopped");
        }

        if (changed && indexPath is not null)
        {
            JsonlIndex.Save(indexPath, known, now, _limits.Window, log);
        }

        var entries = Entries(known);
        if (entries.Count == 0)
        {
            return new JsonlResult(null, JsonlErrorCode.NoEntries);
        }

        entries.Sort((a, b) => a.At.CompareTo(b.At));
        return new JsonlResult(new JsonlUsage(ActiveBlock(entries, now), WeekTotal(entries, now)), null);
    }

    /// <summary>
    /// Reads what is new in <paramref name="file"/>: from where the index left off when the bytes before
    /// that point are still the same (appended), else from the start (truncated or rewritten).
    /// </summary>
    private IndexedTranscript? Read(TranscriptFile file, IndexedTranscript? previous, JsonlBudget budget, ref int opened)
    {
        try
        {
            using var handle = TranscriptReader.Open(file.Path);
            opened++;
            var resume = previous is not null && previous.Offset <= file.Size
                && TranscriptReader.TailHash(handle, previous.Offset, IndexedTranscript.TailBytes) == previous.TailHash;
            var entries = resume ? new List<JsonlEntry>(previous!.Entries) : [];
            var outcome = TranscriptScan.Read(handle, resume ? previous!.Offset : 0, file.Size, budget, entries);
            if (outcome.Overlong > 0)
            {
                log.Warn($"jsonl: {file.Path}: {outcome.Overlong} line(s) larger than {_limits.MaxLineBytes >> 20} MiB skipped");
            }

            var tail = TranscriptReader.TailHash(handle, outcome.Offset, IndexedTranscript.TailBytes);
            return new IndexedTranscript(file.Path, file.Size, file.ModifiedTicks, outcome.Offset, outcome.ReachedEnd, tail, entries);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: cannot read {file.Path}: {exception.Message}");
            return null;
        }
    }

    /// <summary>Every counted line, oldest file first, a repeated <c>message.id</c> counted once.</summary>
    private static List<(DateTimeOffset At, ulong Tokens)> Entries(List<IndexedTranscript> files)
    {
        files.Sort((a, b) => a.ModifiedTicks != b.ModifiedTicks ? a.ModifiedTicks.CompareTo(b.ModifiedTicks) : string.CompareOrdinal(a.Path, b.Path));
        var seen = new HashSet<ulong>();
        var entries = new List<(DateTimeOffset At, ulong Tokens)>();
        foreach (var file in files)
        {
            foreach (var entry in file.Entries)
            {
                if (entry.AtMs < 0 || entry.AtMs > MaxMs || (entry.IdHash != 0 && !seen.Add(entry.IdHash)))
                {
                    continue;
                }

                entries.Add((DateTimeOffset.FromUnixTimeMilliseconds(entry.AtMs), entry.Tokens));
            }
        }

        return entries;
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
}
