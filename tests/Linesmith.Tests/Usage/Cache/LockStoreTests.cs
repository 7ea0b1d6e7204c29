using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using static Linesmith.Tests.Usage.Cache.CacheFixtures;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>usage.lock: docs/spec/on-disk-formats.md#usagelock and docs/spec/edge-cases.md items 12-15.</summary>
public sealed class LockStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ManualClock _clock = new(Now);

    public void Dispose() => _dir.Dispose();

    private LockStore Store() => new(_dir.Path, _clock);

    private long NowSeconds => _clock.GetUtcNow().ToUnixTimeSeconds();

    // A lock written by another program: its text, with the modification time it was written at.
    private static void WriteRaw(LockStore store, string text, DateTimeOffset written)
    {
        File.WriteAllText(store.Path, text);
        File.SetLastWriteTimeUtc(store.Path, written.UtcDateTime);
    }

    [Fact]
    public void Item12_a_lock_with_an_error_round_trips()
    {
        var store = Store();
        var written = new LockFile(NowSeconds + 60, "rate-limited");

        Assert.Null(store.Write(written));

        Assert.Equal(written, store.Read().Lock);
    }

    [Fact]
    public void Item12_a_missing_lock_is_none()
    {
        var read = Store().Read();

        Assert.Null(read.Lock);
        Assert.Null(read.Error);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x00, 0xFD })]
    [InlineData(new byte[] { (byte)'l', (byte)'o', (byte)'c', (byte)'k', (byte)'e', (byte)'d' })]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { (byte)'{', (byte)'}' })]
    public void Item13_a_lock_that_is_not_our_json_blocks_until_mtime_plus_30_seconds(byte[] content)
    {
        var store = Store();
        File.WriteAllBytes(store.Path, content);
        var mtime = Now.AddSeconds(-10);
        File.SetLastWriteTimeUtc(store.Path, mtime.UtcDateTime);

        var lockFile = store.Read().Lock;

        Assert.Equal(new LockFile(mtime.ToUnixTimeSeconds() + 30, null), lockFile);
    }

    [Fact]
    public void Item13_a_legacy_lock_with_an_mtime_before_the_epoch_counts_from_zero()
    {
        var store = Store();
        File.WriteAllText(store.Path, "locked");
        File.SetLastWriteTimeUtc(store.Path, new DateTime(1960, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.Equal(new LockFile(30, null), store.Read().Lock);
    }

    [Fact]
    public void Item14_blocked_until_at_the_64_bit_limit_reads_back_as_now_plus_24_hours()
    {
        var store = Store();
        WriteRaw(store, """{"blocked_until": 9223372036854775807, "error": "RateLimited"}""", Now);

        var lockFile = store.Read().Lock;

        Assert.Equal(new LockFile(NowSeconds + 86_400, "RateLimited"), lockFile);
    }

    [Fact]
    public void A_far_blocked_until_blocks_24_hours_after_the_write_not_after_each_read()
    {
        var store = Store();
        WriteRaw(store, $$"""{"blocked_until": {{NowSeconds + (30 * 86_400)}}, "error": "RateLimited"}""", Now.AddHours(-23));

        var read = store.Read();

        Assert.Equal(NowSeconds + 3600, read.Lock!.BlockedUntil);
        Assert.Equal($"usage.lock: blocked_until {NowSeconds + (30 * 86_400)} is more than 24 h after the lock was written: capped at {NowSeconds + 3600}", read.Note);
        _clock.Advance(TimeSpan.FromHours(2));
        Assert.False(store.Read().Lock!.IsBlockingAt(_clock.GetUtcNow()));
    }

    [Fact]
    public void Another_tools_milliseconds_are_read_as_milliseconds()
    {
        var store = Store();
        var milliseconds = (NowSeconds + 300) * 1000;
        WriteRaw(store, $$"""{"blocked_until": {{milliseconds}}}""", Now);

        var read = store.Read();

        Assert.Equal(NowSeconds + 300, read.Lock!.BlockedUntil);
        Assert.Equal($"usage.lock: blocked_until {milliseconds} can only be milliseconds: read as {NowSeconds + 300}", read.Note);
    }

    [Fact]
    public void Milliseconds_far_ahead_are_capped_like_seconds()
    {
        var store = Store();
        WriteRaw(store, $$"""{"blocked_until": {{(NowSeconds + (365 * 86_400)) * 1000}}}""", Now);

        Assert.Equal(NowSeconds + 86_400, store.Read().Lock!.BlockedUntil);
    }

    [Theory]
    [InlineData("""{"blocked_until": BLOCKED, "error": "RateLimited"}""")]
    [InlineData("garbage")]
    public void A_lock_written_a_year_ahead_of_the_clock_does_not_block(string text)
    {
        var store = Store();
        var written = Now.AddDays(365);
        WriteRaw(store, text.Replace("BLOCKED", (written.ToUnixTimeSeconds() + 300).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal), written);

        var read = store.Read();

        Assert.False(read.Lock!.IsBlockingAt(Now));
        Assert.Equal("usage.lock was written 365 d ahead of the clock (the clock was turned back since): ignored", read.Note);
    }

    [Fact]
    public void A_lock_written_a_little_ahead_of_the_clock_still_blocks_and_never_past_24_hours_from_now()
    {
        var store = Store();
        var written = Now.AddMinutes(2);
        WriteRaw(store, $$"""{"blocked_until": {{written.ToUnixTimeSeconds() + 300}}}""", written);

        Assert.Equal(written.ToUnixTimeSeconds() + 300, store.Read().Lock!.BlockedUntil);
        Assert.Null(store.Read().Note);
    }

    [Theory]
    [InlineData(-10 * 86_400, long.MaxValue)]
    [InlineData(-10 * 86_400, 1_000_000_000_000)]
    [InlineData(-86_399, long.MaxValue)]
    [InlineData(0, long.MaxValue)]
    [InlineData(0, long.MinValue)]
    [InlineData(0, 0)]
    [InlineData(299, long.MaxValue)]
    [InlineData(301, 100)]
    [InlineData(86_400, long.MaxValue)]
    [InlineData(365 * 86_400, long.MaxValue)]
    public void No_lock_blocks_past_24_hours_after_its_write_and_none_written_ahead_blocks(long writtenOffset, long blockedUntil)
    {
        var written = NowSeconds + writtenOffset;
        var applied = LockStore.Effective(new LockFile(blockedUntil), written, Now).Lock!.BlockedUntil;

        Assert.True(applied <= Math.Min(written, NowSeconds) + 86_400);
        if (writtenOffset > LockStore.FutureTolerance.TotalSeconds)
        {
            Assert.False(new LockFile(applied).IsBlockingAt(Now));
        }
    }

    [Fact]
    public void A_write_stamps_the_file_with_the_stores_clock()
    {
        var store = Store();

        Assert.Null(store.Write(new LockFile(NowSeconds + 30)));

        Assert.Equal(Now.UtcDateTime, File.GetLastWriteTimeUtc(store.Path));
        Assert.Null(store.Read().Note);
    }

    [Fact]
    public void Item15_a_lock_without_an_error_has_no_error_key_in_the_file()
    {
        var store = Store();

        store.Write(new LockFile(NowSeconds + 30));

        var text = File.ReadAllText(store.Path);
        Assert.DoesNotContain("error", text, StringComparison.Ordinal);
        Assert.Equal($"{{\n  \"blocked_until\": {NowSeconds + 30}\n}}", text);
    }

    [Fact]
    public void A_negative_blocked_until_reads_as_is_and_does_not_block()
    {
        var store = Store();
        WriteRaw(store, """{"blocked_until": -5}""", Now);

        var lockFile = store.Read().Lock!;

        Assert.Equal(-5, lockFile.BlockedUntil);
        Assert.False(lockFile.IsBlockingAt(Now));
    }

    [Fact]
    public void Clear_removes_the_lock_and_succeeds_when_it_is_gone()
    {
        var store = Store();
        store.Write(new LockFile(NowSeconds + 30));

        Assert.Null(store.Clear());
        Assert.Null(store.Clear());
        Assert.Null(store.Read().Lock);
    }
}
