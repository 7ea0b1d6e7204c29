using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Tests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Tests.Usage.Jsonl;

/// <summary>
/// Issue 11 item 8: the JSONL fallback is bounded (files within the window, streamed with a line cap,
/// capped bytes per run) and repeated runs are cheap through jsonl-index.bin, which is rebuilt
/// whenever it is not exactly valid and never names a file outside the transcript roots.
/// </summary>
public sealed partial class JsonlIndexTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 19, 18, 30, 0, TimeSpan.Zero);
    private readonly TempDir _temp = new();
    private readonly StringWriter _stderr = new();

    public void Dispose() => _temp.Dispose();

    private string Projects => _temp.Join("home", ".claude", "projects");

    private string IndexPath => Path.Join(_temp.Join("cache"), JsonlIndex.FileName);

    /// <summary>No time bound unless a test sets one: the clock's timestamps are real time, and a loaded machine must not cut a test's scan short.</summary>
    private static readonly JsonlLimits Untimed = JsonlLimits.Default with { MaxTime = TimeSpan.FromHours(1) };

    private JsonlAggregator Aggregator(JsonlLimits? limits = null, bool index = true, TimeProvider? clock = null) =>
        new(ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", _temp.Join("home")))), DebugLog(), index ? _temp.Join("cache") : null, clock ?? new ManualClock(Now), limits ?? Untimed);

    /// <summary>Every aggregator of a test logs to one writer, at debug: where it says how many transcripts it opened.</summary>
    private Log DebugLog() => new(LogLevel.Debug, null, _stderr, new ManualClock(Now));

    /// <summary>The transcripts the last run opened (the rest the index answered for), from its debug line.</summary>
    private int TranscriptsRead() =>
        int.Parse(LogLines.Of(_stderr).Select(line => TranscriptsReadLine().Match(line)).Last(match => match.Success).Groups[1].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@" jsonl: (\d+) of \d+ transcript\(s\) read")]
    private static partial Regex TranscriptsReadLine();

    private static string Line(string timestamp, string? id, int input)
    {
        var idPart = id is null ? string.Empty : $"\"id\":\"{id}\",";
        return "{\"timestamp\":\"" + timestamp + "\",\"message\":{" + idPart + "\"usage\":{\"input_tokens\":" + input + "}}}\n";
    }

    private string Write(string workspace, string file, string text, DateTimeOffset? modified = null)
    {
        var dir = Path.Join(Projects, workspace);
        Directory.CreateDirectory(dir);
        var path = Path.Join(dir, file);
        File.WriteAllText(path, text);
        File.SetLastWriteTimeUtc(path, (modified ?? Now.AddMinutes(-1)).UtcDateTime);
        return path;
    }

    [Fact]
    public void A_repeated_run_reads_no_transcript_and_gives_the_same_estimate()
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Write("b", "two.jsonl", Line("2026-04-19T18:10:00Z", "m2", 20));

        var first = Aggregator();
        Assert.Equal(120UL, first.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(2, TranscriptsRead());

        var second = Aggregator();
        Assert.Equal(120UL, second.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(0, TranscriptsRead());
    }

    [Fact]
    public void An_appended_transcript_updates_the_estimate_and_only_it_is_read()
    {
        var path = Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Write("b", "two.jsonl", Line("2026-04-19T18:10:00Z", "m2", 20));
        Aggregator().Aggregate(Now);

        File.AppendAllText(path, Line("2026-04-19T18:20:00Z", "m3", 3));
        File.SetLastWriteTimeUtc(path, Now.UtcDateTime);
        var after = Aggregator();

        Assert.Equal(123UL, after.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1, TranscriptsRead());
    }

    [Fact]
    public void A_line_completed_by_an_append_counts_once_it_ends()
    {
        var path = Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100) + "{\"timestamp\":\"2026-04-19T18:05:00Z\",\"message\":{\"id\":\"m2\",");
        Assert.Equal(100UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);

        File.AppendAllText(path, "\"usage\":{\"input_tokens\":7}}}\n");
        File.SetLastWriteTimeUtc(path, Now.UtcDateTime);

        Assert.Equal(107UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void A_truncated_transcript_is_read_again_from_the_start()
    {
        var path = Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100) + Line("2026-04-19T18:01:00Z", "m2", 50));
        Aggregator().Aggregate(Now);

        File.WriteAllText(path, Line("2026-04-19T18:02:00Z", "m3", 9));
        File.SetLastWriteTimeUtc(path, Now.UtcDateTime);

        Assert.Equal(9UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void A_rewritten_transcript_of_the_same_or_a_larger_size_is_read_again_from_the_start()
    {
        var path = Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Aggregator().Aggregate(Now);

        // Same length, other content, then more: the bytes before the old offset changed.
        File.WriteAllText(path, Line("2026-04-19T18:00:00Z", "z9", 300) + Line("2026-04-19T18:03:00Z", "m4", 1));
        File.SetLastWriteTimeUtc(path, Now.UtcDateTime);

        Assert.Equal(301UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Theory]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("LSJI")]
    [InlineData("LSJI\u0001\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u00ff\u00ff\u00ff\u00ff")]
    public void A_corrupt_index_is_ignored_and_rebuilt(string content)
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Directory.CreateDirectory(_temp.Join("cache"));
        File.WriteAllText(IndexPath, content);

        var aggregator = Aggregator();
        Assert.Equal(100UL, aggregator.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1, TranscriptsRead());
        Assert.NotNull(JsonlIndex.Parse(File.ReadAllBytes(IndexPath), [Projects], Now));
    }

    [Fact]
    public void Every_cut_of_a_valid_index_and_every_flipped_byte_is_survived()
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100) + Line("2026-04-19T18:01:00Z", null, 5));
        Aggregator().Aggregate(Now);
        var valid = File.ReadAllBytes(IndexPath);

        for (var length = 0; length < valid.Length; length++)
        {
            Assert.Null(JsonlIndex.Parse(valid.AsSpan(0, length), [Projects], Now));
        }

        for (var i = 0; i < valid.Length; i++)
        {
            var flipped = (byte[])valid.Clone();
            flipped[i] ^= 0xFF;
            File.WriteAllBytes(IndexPath, flipped);
            var result = Aggregator().Aggregate(Now);

            // A flipped byte in an entry may change what the index says, never the run's survival.
            Assert.True(result.Usage is not null || result.Error == JsonlErrorCode.NoEntries);
        }
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    public void A_time_stamp_at_the_edge_of_the_calendar_is_dropped_not_a_crash(string stamp)
    {
        Write("a", "one.jsonl", Line(stamp, "edge", 5) + Line("2026-04-19T18:00:00Z", "m1", 100));

        Assert.Equal(100UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(100UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void An_index_that_names_a_file_outside_the_transcript_roots_is_ignored_as_a_whole()
    {
        var path = Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Aggregator().Aggregate(Now);
        var valid = File.ReadAllBytes(IndexPath);

        foreach (var outside in new[] { "/etc/passwd.jsonl", Path.Join(Projects, "..", "x", "a.jsonl"), Path.Join(Projects, "a", "b", "c.jsonl"), Path.Join(Projects, "a", "one.json_") })
        {
            var planted = Replace(valid, path, outside);
            Assert.Null(JsonlIndex.Parse(planted, [Projects], Now));
        }

        Assert.NotNull(JsonlIndex.Parse(valid, [Projects], Now));
        Assert.Null(JsonlIndex.Parse(valid, [_temp.Join("elsewhere")], Now));
    }

    [Fact]
    public void An_index_written_by_a_clock_far_ahead_is_ignored()
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100), modified: Now.AddDays(30));
        new JsonlAggregator(ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", _temp.Join("home")))), Log.Silent, _temp.Join("cache"), new ManualClock(Now.AddDays(30))).Aggregate(Now.AddDays(30));

        Assert.Null(JsonlIndex.Parse(File.ReadAllBytes(IndexPath), [Projects], Now));
        Assert.Equal(100UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void The_index_is_private_to_the_user()
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        Aggregator().Aggregate(Now);

        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(IndexPath));
        }
    }

    [Fact]
    public void A_file_last_written_before_the_window_is_not_read()
    {
        Write("a", "old.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100), modified: Now.AddDays(-8));
        Write("b", "new.jsonl", Line("2026-04-19T18:10:00Z", "m2", 20));

        var aggregator = Aggregator();
        Assert.Equal(20UL, aggregator.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1, TranscriptsRead());
    }

    [Fact]
    public void A_line_over_the_cap_is_skipped_and_the_lines_around_it_count()
    {
        var huge = "{\"timestamp\":\"2026-04-19T18:01:00Z\",\"message\":{\"id\":\"big\",\"usage\":{\"input_tokens\":1000}},\"pad\":\"" + new string('x', (5 << 20) + 17) + "\"}\n";
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100) + huge + Line("2026-04-19T18:02:00Z", "m3", 7));

        Assert.Equal(107UL, Aggregator().Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1107UL, Aggregator(Untimed with { MaxLineBytes = 8 << 20 }, index: false).Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void A_line_over_the_cap_split_across_reads_is_skipped()
    {
        var line = Line("2026-04-19T18:01:00Z", "m2", 1000);
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100) + new string(' ', 70_000) + line + Line("2026-04-19T18:02:00Z", "m3", 7));

        Assert.Equal(107UL, Aggregator(Untimed with { MaxLineBytes = 65_536 }).Aggregate(Now).Usage!.SevenDayTokens);
    }

    [Fact]
    public void A_run_stops_at_its_byte_budget_and_the_next_runs_continue_where_it_stopped()
    {
        var text = string.Concat(Enumerable.Range(0, 2000).Select(i => Line("2026-04-19T18:00:00Z", "m" + i, 1)));
        Write("a", "one.jsonl", text);
        var limits = Untimed with { MaxBytesPerRun = text.Length / 3 };

        var totals = new List<ulong>();
        for (var run = 0; run < 5; run++)
        {
            totals.Add(Aggregator(limits).Aggregate(Now).Usage!.SevenDayTokens);
        }

        Assert.True(totals[0] < 2000, $"first run {totals[0]}");
        Assert.Equal(2000UL, totals[^1]);
        Assert.Equal(totals.Order(), totals);
    }

    [Fact]
    public void A_run_stops_at_its_time_budget_and_the_next_runs_continue()
    {
        var text = string.Concat(Enumerable.Range(0, 3000).Select(i => Line("2026-04-19T18:00:00Z", "m" + i, 1)));
        Write("a", "one.jsonl", text);

        // Each read of the clock is a second later: the budget of one second ends after the first chunk.
        var first = Aggregator(JsonlLimits.Default, clock: new SteppingClock(Now)).Aggregate(Now).Usage!.SevenDayTokens;
        var second = Aggregator(JsonlLimits.Default, clock: new SteppingClock(Now)).Aggregate(Now).Usage!.SevenDayTokens;
        var rest = Aggregator().Aggregate(Now).Usage!.SevenDayTokens;

        Assert.InRange(first, 1UL, 2999UL);
        Assert.InRange(second, first + 1, 3000UL);
        Assert.Equal(3000UL, rest);
    }

    [Fact]
    public void A_fifo_a_symlink_to_dev_zero_and_a_directory_named_like_a_transcript_are_not_read()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        var dir = Path.Join(Projects, "a");
        File.CreateSymbolicLink(Path.Join(dir, "zero.jsonl"), "/dev/zero");
        Directory.CreateDirectory(Path.Join(dir, "dir.jsonl"));
        using (var mkfifo = Process.Start("mkfifo", Path.Join(dir, "fifo.jsonl")))
        {
            mkfifo.WaitForExit();
        }

        var aggregator = Aggregator();
        Assert.Equal(100UL, aggregator.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1, TranscriptsRead());
    }

    [Fact]
    public void Without_a_cache_root_every_run_reads_and_nothing_is_written()
    {
        Write("a", "one.jsonl", Line("2026-04-19T18:00:00Z", "m1", 100));
        var aggregator = new JsonlAggregator(ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", _temp.Join("home")))), DebugLog(), null, new ManualClock(Now));

        Assert.Equal(100UL, aggregator.Aggregate(Now).Usage!.SevenDayTokens);
        Assert.Equal(1, TranscriptsRead());
        Assert.False(Directory.Exists(_temp.Join("cache")));
    }

    /// <summary>The index bytes with one path swapped for another (its u16 length prefix too).</summary>
    private static byte[] Replace(byte[] index, string path, string other)
    {
        var from = System.Text.Encoding.UTF8.GetBytes(path);
        var to = System.Text.Encoding.UTF8.GetBytes(other);
        var at = index.AsSpan().IndexOf(from);
        Assert.True(at >= 2);
        var result = new List<byte>(index[..(at - 2)]);
        result.AddRange(BitConverter.GetBytes((ushort)to.Length));
        result.AddRange(to);
        result.AddRange(index[(at + from.Length)..]);
        return [.. result];
    }

    /// <summary>A clock whose monotonic timestamp moves one second on every read.</summary>
    private sealed class SteppingClock(DateTimeOffset now) : TimeProvider
    {
        private long _ticks;

        public override DateTimeOffset GetUtcNow() => now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _ticks += TimeSpan.TicksPerSecond;
    }
}
