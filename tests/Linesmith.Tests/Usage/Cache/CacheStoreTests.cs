using System.Text;
using Linesmith.Platform;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using static Linesmith.Tests.Usage.Cache.CacheFixtures;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>usage.json reads, writes and clears: docs/spec/on-disk-formats.md#usagejson, docs/spec/on-disk-formats.md#atomic-writes and docs/spec/edge-cases.md items 1-11.</summary>
public sealed class CacheStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ManualClock _clock = new(Now);

    public void Dispose() => _dir.Dispose();

    private CacheStore Store() => new(_dir.Path, _clock);

    private void WriteRaw(byte[] bytes) => File.WriteAllBytes(Path.Join(_dir.Path, CacheStore.FileName), bytes);

    [Fact]
    public void Item1_data_entry_round_trips_exactly()
    {
        var store = Store();
        var entry = CachedUsage.WithData(Data(), Now.AddMinutes(-1));

        Assert.Null(store.Write(entry));
        var read = store.Read();

        Assert.Null(read.Error);
        Assert.NotNull(read.Entry);
        var reread = Serialize(read.Entry!);
        Assert.Equal(Serialize(entry), reread);
        Assert.Equal(File.ReadAllText(store.Path), reread);
    }

    [Fact]
    public void Item1_error_entry_round_trips_with_code_timeout_and_null_data()
    {
        var store = Store();
        Assert.Null(store.Write(CachedUsage.WithError("Timeout", Now)));

        var entry = store.Read().Entry;

        Assert.NotNull(entry);
        Assert.Null(entry!.Data);
        Assert.Equal("Timeout", entry.Error?.Code);
        Assert.Equal(Now, entry.CachedAt);
    }

    [Fact]
    public void Missing_file_is_a_miss()
    {
        var read = Store().Read();

        AssertMiss(read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{ not valid json")]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"schema_version\": 9999, \"cached_at\": \"2026-04-19T18:23:12Z\", \"data\": null, \"error\": null}")]
    [InlineData("{\"schema_version\": 1, \"data\": null, \"error\": null}")]
    [InlineData("{\"cached_at\": \"2026-04-19T18:23:12Z\", \"data\": {}, \"error\": null}")]
    [InlineData("{\"schema_version\": 1, \"cached_at\": \"2026-04-19T18:23:12Z\", \"data\": {\"five_hour\": {\"resets_at\": null}}}")]
    [InlineData("{\"schema_version\": 1, \"cached_at\": \"2026-04-19T18:23:12Z\", \"data\": null, \"error\": {}}")]
    [InlineData("{\"schema_version\": 1, \"cached_at\": \"yesterday\", \"data\": null, \"error\": null}")]
    [InlineData("{\"schema_version\": 1, \"cached_at\": \"2026-04-19T18:23:12Z\", \"data\": {\"five_hour\": {\"utilization\": \"hello\"}}}")]
    public void Item2_unusable_content_is_a_miss_not_an_error(string content)
    {
        WriteRaw(Encoding.UTF8.GetBytes(content));

        var read = Store().Read();

        AssertMiss(read, content);
    }

    [Fact]
    public void Item2_non_utf8_bytes_are_a_miss()
    {
        WriteRaw([0xFF, 0xFE, 0xFD]);

        AssertMiss(Store().Read());
    }

    [Fact]
    public void Item3_cached_at_ten_minutes_in_the_future_is_a_miss()
    {
        Store().Write(CachedUsage.WithData(Data(), Now.AddMinutes(10)));

        AssertMiss(Store().Read());
    }

    [Fact]
    public void Item5_unknown_bucket_survives_the_round_trip_under_unknown_buckets()
    {
        var body = """{"five_hour": {"utilization": 1}, "quokka_experimental": {"utilization": 7.5, "resets_at": null}}"""u8;
        var response = Linesmith.Usage.Endpoint.UsageApiParser.TryParse(body, out _)!;
        var store = Store();

        store.Write(CachedUsage.WithData(CachedData.FromResponse(response), Now));
        var data = store.Read().Entry!.Data!;

        Assert.Equal(["quokka_experimental"], data.UnknownBuckets.Keys);
        using var expected = System.Text.Json.JsonDocument.Parse("""{"utilization": 7.5, "resets_at": null}""");
        Assert.True(System.Text.Json.JsonElement.DeepEquals(expected.RootElement, data.UnknownBuckets["quokka_experimental"]));
        Assert.Contains("\"unknown_buckets\": {\n      \"quokka_experimental\": {", File.ReadAllText(store.Path), StringComparison.Ordinal);
    }

    [Fact]
    public void Item6_a_write_creates_a_missing_root_but_never_its_missing_parents()
    {
        // docs/adr/0015-directories-from-the-environment.md: the cascade creates the root below its base; a
        // write re-creates only the root itself (removed meanwhile), never HOME or above.
        var root = _dir.Join("a");
        Assert.Null(new CacheStore(root, _clock).Write(CachedUsage.WithData(Data(), Now)));
        Assert.True(File.Exists(Path.Join(root, "usage.json")));

        Assert.NotNull(new CacheStore(_dir.Join("x", "y", "z"), _clock).Write(CachedUsage.WithData(Data(), Now)));
        Assert.False(Directory.Exists(_dir.Join("x")));
    }

    [Fact]
    public void Item7_a_file_with_both_data_and_error_reads_with_both_populated()
    {
        WriteRaw(Encoding.UTF8.GetBytes("""
            {"schema_version": 1, "cached_at": "2026-04-19T18:23:12Z",
             "data": {"five_hour": {"utilization": 42.0, "resets_at": null}},
             "error": {"code": "Unauthorized"}}
            """));

        var entry = Store().Read().Entry;

        Assert.Equal(42f, entry!.Data!.FiveHour!.Utilization);
        Assert.Equal("Unauthorized", entry.Error!.Code);
    }

    [Fact]
    public void Item8_an_unreadable_usage_json_is_an_io_error_not_a_miss()
    {
        // Root reads any file whatever its mode, so the portable way to make the open fail for a reason
        // other than "not found" is a directory where the file should be. The integration tests cover
        // mode 000 with an unprivileged user.
        Directory.CreateDirectory(Path.Join(_dir.Path, CacheStore.FileName));

        var read = Store().Read();

        Assert.Null(read.Entry);
        Assert.NotNull(read.Error);
        Assert.Equal(CacheErrorKind.Io, read.Error!.Kind);
        Assert.NotEqual(FileProblem.NotFound, read.Error.Problem);
    }

    [Fact]
    public void Item11_clear_on_a_missing_file_succeeds_twice()
    {
        var store = Store();

        Assert.Null(store.Clear());
        Assert.Null(store.Clear());
    }

    [Fact]
    public void Item11_clear_removes_an_existing_file()
    {
        var store = Store();
        store.Write(CachedUsage.WithData(Data(), Now));

        Assert.Null(store.Clear());

        Assert.False(File.Exists(store.Path));
        AssertMiss(store.Read());
    }

    [Fact]
    public void A_file_larger_than_the_cap_is_a_miss()
    {
        WriteRaw(Encoding.UTF8.GetBytes(new string(' ', CacheStore.MaxFileBytes + 1)));

        AssertMiss(Store().Read());
    }

    [Fact]
    public void A_cache_without_limits_reads_limits_as_null_and_unknown_buckets_as_empty()
    {
        WriteRaw(Encoding.UTF8.GetBytes("""
            {"schema_version": 1, "cached_at": "2026-04-19T18:23:12Z", "data": {"five_hour": null}}
            """));

        var entry = Store().Read().Entry;

        Assert.Null(entry!.Data!.Limits);
        Assert.Empty(entry.Data.UnknownBuckets);
        Assert.Null(entry.Error);
    }

    [Fact]
    public void Writes_leave_no_temp_files_behind()
    {
        var store = Store();
        for (var i = 0; i < 20; i++)
        {
            store.Write(CachedUsage.WithData(Data(i), Now));
        }

        Assert.Equal(["usage.json"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    private static string Serialize(CachedUsage entry) =>
        Encoding.UTF8.GetString(Linesmith.Json.JsonText.ToPrettyUtf8(entry, CacheJsonContext.Default.CachedUsage));

    /// <summary>A miss: no entry and no error (a note may say why a file that is there was one).</summary>
    private static void AssertMiss(CacheRead read, string? because = null)
    {
        Assert.True(read.Entry is null, because);
        Assert.Null(read.Error);
    }
}
