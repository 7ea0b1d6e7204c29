using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using static Linesmith.Tests.Usage.Cache.CacheFixtures;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>usage.lock: spec usage-cache.md §1.3 and §9 items 12-15.</summary>
public sealed class LockStoreTests : IDisposable
{
    private readonly TempDir _dir = new();
    private readonly ManualClock _clock = new(Now);

    public void Dispose() => _dir.Dispose();

    private LockStore Store() => new(_dir.Path, _clock);

    private long NowSeconds => _clock.GetUtcNow().ToUnixTimeSeconds();

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
        Assert.Equal(30, LockStore.LegacyBlockedUntil(new DateTime(1960, 1, 1, 0, 0, 0, DateTimeKind.Utc)));
    }

    [Fact]
    public void Item14_blocked_until_at_the_64_bit_limit_reads_back_as_now_plus_24_hours()
    {
        var store = Store();
        File.WriteAllText(store.Path, """{"blocked_until": 9223372036854775807, "error": "RateLimited"}""");

        var lockFile = store.Read().Lock;

        Assert.Equal(new LockFile(NowSeconds + 86_400, "RateLimited"), lockFile);
    }

    [Fact]
    public void The_24_hour_cap_applies_to_legacy_locks_too()
    {
        var store = Store();
        File.WriteAllText(store.Path, "garbage");
        File.SetLastWriteTimeUtc(store.Path, Now.AddDays(30).UtcDateTime);

        Assert.Equal(NowSeconds + 86_400, store.Read().Lock!.BlockedUntil);
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
        File.WriteAllText(store.Path, """{"blocked_until": -5}""");

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
