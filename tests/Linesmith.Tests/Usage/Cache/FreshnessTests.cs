using Linesmith.Usage.Cache;
using static Linesmith.Tests.Usage.Cache.CacheFixtures;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>The freshness and lock checks: docs/spec/usage-cascade.md#algorithm steps 2-3 and docs/spec/usage-cascade.md#freshness-and-anomalies; allocation-free.</summary>
public sealed class FreshnessTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(180);

    [Theory]
    [InlineData(0, true)]
    [InlineData(179, true)]
    [InlineData(180, false)]
    [InlineData(600, false)]
    [InlineData(-1, false)]
    public void Fresh_means_zero_or_more_and_strictly_less_than_the_duration(int ageSeconds, bool fresh)
    {
        Assert.Equal(fresh, Freshness.IsFresh(Now.AddSeconds(-ageSeconds), Now, Duration));
    }

    [Fact]
    public void A_duration_of_zero_is_never_fresh()
    {
        Assert.False(Freshness.IsFresh(Now, Now, TimeSpan.Zero));
    }

    [Fact]
    public void An_error_only_entry_is_never_fresh()
    {
        Assert.False(CachedUsage.WithError("Timeout", Now).IsFreshAt(Now, Duration));
        Assert.True(CachedUsage.WithData(Data(), Now).IsFreshAt(Now, Duration));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(0, false)]
    [InlineData(-60, false)]
    public void A_lock_blocks_strictly_before_blocked_until(int offsetSeconds, bool blocking)
    {
        Assert.Equal(blocking, Freshness.IsBlocking(Now.ToUnixTimeSeconds() + offsetSeconds, Now));
        Assert.Equal(blocking, new LockFile(Now.ToUnixTimeSeconds() + offsetSeconds).IsBlockingAt(Now));
    }

    [Fact]
    public void Freshness_and_lock_checks_allocate_nothing()
    {
        var entry = CachedUsage.WithData(Data(), Now.AddSeconds(-30));
        var lockFile = new LockFile(Now.ToUnixTimeSeconds() + 30, "RateLimited");
        var cachedAt = Now.AddSeconds(-30);
        int count;
        Run(); // warm up: JIT and tiering must not count as allocations of the checks

        var before = GC.GetAllocatedBytesForCurrentThread();
        Run();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(count, 1, 39_999); // the checks really ran, with both answers

        void Run()
        {
            count = 0;
            for (var i = 0; i < 10_000; i++)
            {
                var now = Now.AddSeconds(i % 400);
                count += Freshness.IsFresh(cachedAt, now, Duration) ? 1 : 0;
                count += Freshness.IsBlocking(lockFile.BlockedUntil, now) ? 1 : 0;
                count += entry.IsFreshAt(now, Duration) ? 1 : 0;
                count += lockFile.IsBlockingAt(now) ? 1 : 0;
            }
        }
    }
}
