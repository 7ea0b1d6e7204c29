using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Tests.Usage.Jsonl;

/// <summary>The JSONL fallback of usage-cache.md §8.</summary>
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
    public void An_unterminated_last_line_is_not_read()
    {
        var dir = _temp.Join("home", ".claude", "projects", "a");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Join(dir, "s.jsonl"), Line("2026-04-19T18:00:00Z", "x", 5, 0) + "\r\n" + Line("2026-04-19T18:01:00Z", "y", 7, 0));

        Assert.Equal(5UL, Aggregate().Usage?.SevenDayTokens);
    }

    private JsonlResult Aggregate() =>
        new JsonlAggregator(EnvironmentSnapshot.Of(("HOME", _temp.Join("home"))), Log.Silent).Aggregate(Now);

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
