using System.Globalization;
using System.Text;
using Linesmith.Json;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>
/// The exact bytes of usage.json and usage.lock as the original program writes them (serde_json
/// pretty printing: 2-space indent, explicit nulls, floats with ".0", no trailing newline): we read
/// them, and writing what we read gives the same bytes back, so the two programs can share a
/// cache directory.
/// </summary>
public sealed class GoldenFileTests
{
    private static readonly DateTimeOffset ReadTime = DateTimeOffset.Parse("2026-04-19T18:30:00Z", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("usage-data.json")]
    [InlineData("usage-error.json")]
    [InlineData("usage-data-spend.json")]
    public void Usage_json_reads_and_writes_back_byte_for_byte(string golden)
    {
        var bytes = Golden.Bytes(golden);

        var entry = CacheStore.Parse(bytes, ReadTime);

        Assert.NotNull(entry);
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(entry!, CacheJsonContext.Default.CachedUsage)));
    }

    [Fact]
    public void Usage_json_golden_has_the_values_it_shows()
    {
        var entry = CacheStore.Parse(Golden.Bytes("usage-data.json"), ReadTime)!;

        Assert.Equal(1u, entry.SchemaVersion);
        Assert.Equal(DateTimeOffset.Parse("2026-04-19T18:23:12Z", CultureInfo.InvariantCulture), entry.CachedAt);
        Assert.Equal(42f, entry.Data!.FiveHour!.Utilization);
        Assert.Equal(DateTimeOffset.Parse("2026-04-19T22:00:00.112536Z", CultureInfo.InvariantCulture), entry.Data.FiveHour.ResetsAt);
        Assert.Equal(0f, entry.Data.SevenDaySonnet!.Utilization);
        Assert.Null(entry.Data.SevenDayOpus);
        Assert.Equal(10_000d, entry.Data.ExtraUsage!.MonthlyLimit);
        Assert.Equal(2, entry.Data.Limits!.Count);
        Assert.Equal("Fable", entry.Data.Limits[1].ScopedModelName);
        Assert.Equal(["quokka_experimental"], entry.Data.UnknownBuckets.Keys);
    }

    [Fact]
    public void The_newer_money_fields_are_kept_as_the_endpoint_sent_them()
    {
        // docs/spec/decisions.md#d8-money-is-in-minor-units: minor units stay minor units on disk; decimal_places is written only when sent
        // (usage-data.json has none and keeps its exact bytes), spend stays raw in unknown_buckets.
        var entry = CacheStore.Parse(Golden.Bytes("usage-data-spend.json"), ReadTime)!;

        Assert.Equal(4_000d, entry.Data!.ExtraUsage!.UsedCredits);
        Assert.Equal(2, entry.Data.ExtraUsage.DecimalPlaces);
        var spend = Linesmith.Usage.Model.Spend.From(entry.Data.UnknownBuckets)!;
        Assert.Equal(new Linesmith.Usage.Model.SpendAmount(4000, "USD", 2), spend.Used);
        Assert.Null(spend.Limit);
        Assert.Null(CacheStore.Parse(Golden.Bytes("usage-data.json"), ReadTime)!.Data!.ExtraUsage!.DecimalPlaces);
    }

    [Theory]
    [InlineData("usage-lock.json", "RateLimited")]
    [InlineData("usage-lock-no-error.json", null)]
    public void Usage_lock_reads_and_writes_back_byte_for_byte(string golden, string? error)
    {
        var bytes = Golden.Bytes(golden);

        var lockFile = LockStore.Parse(bytes);

        Assert.Equal(new LockFile(1_776_623_012, error), lockFile);
        Assert.Equal(Encoding.UTF8.GetString(bytes), Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(lockFile!, CacheJsonContext.Default.LockFile)));
    }
}
