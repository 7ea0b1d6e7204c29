using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Jsonl;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Jsonl;

/// <summary>The JSONL fallback of docs/spec/jsonl-fallback.md.</summary>
public sealed class JsonlAggregatorTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 4, 19, 18, 30, 0, TimeSpan.Zero);
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void No_projects_root_is_directory_missing() =>
        Assert.Equal(JsonlErrorCode.DirectoryMissing, Aggregate().Error);

    [Fact]
    public void A_root_without_usable_lines_has_no_entries()
    {
        WriteLines("a", "s.jsonl", "{ broken", "");

        Assert.Equal(JsonlErrorCode.NoEntries, Aggregate().Error);
    }

    [Fact]
    public void Active_block_and_week_total_are_summed_with_dedup_across_files()
    {
        WriteLines("a", "one.jsonl",
            Line("2026-04-19T17:10:00Z", "m1", 100_000, 20_000),
            Line("2026-04-19T17:40:00Z", "m2", 200_000, 0),
            Line("2026-04-10T10:00:00Z", "old", 999, 0));
        WriteLines("b", "two.jsonl",
            Line("2026-04-19T18:00:00Z", "m1", 100_000, 20_000),
            Line("2026-04-19T18:05:00Z", null, 100_000, 0));

        var usage = Aggregate().Usage!;

        Assert.Equal(new JsonlBlock(Now.AddMinutes(-90), Now.AddMinutes(210), 420_000), usage.FiveHour);
        Assert.Equal(420_000UL, usage.SevenDayTokens);
    }

    [Fact]
    public void A_gap_over_five_hours_starts_a_new_block_and_an_idle_block_is_not_active()
    {
        WriteLines("a", "s.jsonl", Line("2026-04-19T06:10:00Z", "x", 5, 0), Line("2026-04-19T12:20:00Z", "y", 7, 0));

        var usage = Aggregate().Usage!;

        Assert.Null(usage.FiveHour);
        Assert.Equal(12UL, usage.SevenDayTokens);
    }

    [Fact]
    public void Thirteen_hourly_entries_make_three_blocks_and_only_the_last_is_current()
    {
        // docs/spec/jsonl-fallback.md#the-5-hour-block: these once showed ~5h: 13 for a block that had "ended" 7.5 h before.
        var midnight = new DateTimeOffset(2026, 4, 19, 0, 0, 0, TimeSpan.Zero);
        var entries = Enumerable.Range(0, 13).Select(hour => (midnight.AddHours(hour), 1UL)).ToList();

        var block = JsonlAggregator.ActiveBlock(entries, midnight.AddHours(12.5));

        Assert.Equal(new JsonlBlock(midnight.AddHours(10), midnight.AddHours(15), 3), block);
    }

    [Fact]
    public void An_entry_exactly_five_hours_after_the_start_begins_the_next_block()
    {
        var start = new DateTimeOffset(2026, 4, 19, 10, 0, 0, TimeSpan.Zero);

        var block = JsonlAggregator.ActiveBlock([(start, 7UL), (start.AddHours(5), 11UL)], start.AddHours(5.5));

        Assert.Equal(new JsonlBlock(start.AddHours(5), start.AddHours(10), 11), block);
    }

    [Theory]
    [InlineData(15.0)]
    [InlineData(15.5)]
    public void A_block_that_has_ended_is_not_current_even_with_a_recent_entry(double nowHour)
    {
        var midnight = new DateTimeOffset(2026, 4, 19, 0, 0, 0, TimeSpan.Zero);

        var block = JsonlAggregator.ActiveBlock([(midnight.AddHours(10.2), 1UL), (midnight.AddHours(14.9), 2UL)], midnight.AddHours(nowHour));

        Assert.Null(block);
    }

    [Fact]
    public void A_block_is_current_until_its_end()
    {
        var midnight = new DateTimeOffset(2026, 4, 19, 0, 0, 0, TimeSpan.Zero);

        var block = JsonlAggregator.ActiveBlock([(midnight.AddHours(10.2), 1UL), (midnight.AddHours(14.9), 2UL)], midnight.AddHours(14.99));

        Assert.Equal(new JsonlBlock(midnight.AddHours(10), midnight.AddHours(15), 3), block);
    }

    [Fact]
    public void An_unterminated_last_line_is_not_read()
    {
        var dir = _temp.Join("home", ".claude", "projects", "a");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Join(dir, "s.jsonl"), Line("2026-04-19T18:00:00Z", "x", 5, 0) + "\r\n" + Line("2026-04-19T18:01:00Z", "y", 7, 0));

        Assert.Equal(5UL, Aggregate().Usage?.SevenDayTokens);
    }

    private JsonlResult Aggregate() =>
        new JsonlAggregator(ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", _temp.Join("home")))), Log.Silent).Aggregate(Now);

    private static string Line(string timestamp, string? id, int input, int output)
    {
        var idPart = id is null ? string.Empty : $"\"id\":\"{id}\",";
        var usage = "{\"input_tokens\":" + input + ",\"output_tokens\":" + output + "}";
        return "{\"timestamp\":\"" + timestamp + "\",\"message\":{" + idPart + "\"model\":\"claude-fable-5\",\"usage\":" + usage + "}}";
    }

    private void WriteLines(string workspace, string file, params string[] lines)
    {
        var dir = _temp.Join("home", ".claude", "projects", workspace);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Join(dir, file), string.Concat(lines.Select(line => line + "\n")));
    }
}
