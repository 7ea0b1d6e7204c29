using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md, the clock: a <c>cached_at</c> far in the future, a <c>blocked_until</c> at the
/// 64-bit limit, and the clock jumping backwards between two renders (simulated by moving the
/// written <c>cached_at</c> ahead of the clock, which is what a backwards jump looks like on disk;
/// the machine clock is shared and is not touched).
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class ClockFaultTests
{
    [Fact]
    public void A_cached_at_far_in_the_future_is_a_miss_and_one_fetch_replaces_it()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        WriteEntry(rig, 7f, DateTimeOffset.UtcNow.AddYears(100));

        var line = ServerFaultTests.AssertRenderSurvives(rig);

        Assert.Contains("42", line, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RequestCount);
        Assert.True(rig.Cache.Read().Entry!.CachedAt <= DateTimeOffset.UtcNow);
    }

    [Fact]
    public void A_blocked_until_at_the_64_bit_limit_blocks_for_at_most_a_day_and_never_overflows()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        Directory.CreateDirectory(rig.CacheRoot);
        File.WriteAllText(rig.LockPath, $$"""{"blocked_until": {{long.MaxValue}}, "error": "RateLimited"}""");

        ServerFaultTests.AssertRenderSurvives(rig);
        var show = rig.Run("cache", "show", "--json");
        var usage = rig.Run("usage", "--json");

        Assert.Equal(0, rig.Server.RequestCount);
        Assert.Equal(0, show.ExitCode);
        Assert.Equal("RateLimited", UsageRig.ErrorCode(usage));
        Assert.True(rig.ReadLock()!.BlockedUntil <= UsageRig.NowSeconds + 86_400);
    }

    [Fact]
    public void The_clock_jumping_back_between_two_renders_refetches_once_and_never_serves_the_future_entry()
    {
        // A generous timeout: under CI load a timed-out first fetch would lock the endpoint for 30 s.
        using var rig = new UsageRig(timeoutMs: 15_000);
        var first = ServerFaultTests.AssertRenderSurvives(rig);
        Assert.Equal(1, rig.Server.RequestCount);

        // The clock goes back two hours: the entry just written now looks two hours in the future.
        var entry = rig.Cache.Read().Entry!;
        WriteEntry(rig, 7f, entry.CachedAt.AddHours(2));
        var successLock = rig.ReadLock()!;
        Assert.Null(successLock.Error);
        File.WriteAllText(rig.LockPath, $$"""{"blocked_until": {{successLock.BlockedUntil + 7200}}}""");
        rig.Server.Reply = _ => ServerReply.Usage(55);
        var second = ServerFaultTests.AssertRenderSurvives(rig);
        var third = ServerFaultTests.AssertRenderSurvives(rig);

        var lines = $"{first} | {second} | {third}";
        Assert.True(first.Contains("5h: 42.0%", StringComparison.Ordinal), lines);
        Assert.True(second.Contains("5h: 55.0%", StringComparison.Ordinal), lines);
        Assert.True(third.Contains("5h: 55.0%", StringComparison.Ordinal), lines);
        Assert.True(rig.Server.RequestCount == 2, $"{rig.Server.RequestCount} requests: {lines}");
    }

    [Fact]
    public void Another_tools_far_milliseconds_block_no_longer_than_a_day_after_the_write()
    {
        // docs/adr/0010-back-off-bounds.md: capped from now on every read, this lock used to block for ever.
        using var rig = new UsageRig(timeoutMs: 10_000);
        Directory.CreateDirectory(rig.CacheRoot);
        File.WriteAllText(rig.LockPath, $$"""{"blocked_until": {{(UsageRig.NowSeconds + (30 * 86_400)) * 1000}}, "error": "RateLimited"}""");
        File.SetLastWriteTimeUtc(rig.LockPath, DateTime.UtcNow.AddHours(-25));

        var line = ServerFaultTests.AssertRenderSurvives(rig);

        Assert.Contains("42", line, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void A_rate_limit_lock_written_while_the_clock_was_a_year_ahead_does_not_block_after_the_clock_is_set_right()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        Directory.CreateDirectory(rig.CacheRoot);
        var written = DateTimeOffset.UtcNow.AddDays(365);
        File.WriteAllText(rig.LockPath, $$"""{"blocked_until": {{written.ToUnixTimeSeconds() + 300}}, "error": "RateLimited"}""");
        File.SetLastWriteTimeUtc(rig.LockPath, written.UtcDateTime);

        var line = ServerFaultTests.AssertRenderSurvives(rig);
        var show = rig.Run("cache", "show");

        Assert.Contains("42", line, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RequestCount);
        Assert.True(rig.ReadLock()!.BlockedUntil <= UsageRig.NowSeconds + 200, "the fetch wrote a new, true lock");
        Assert.Equal(0, show.ExitCode);
    }

    private static void WriteEntry(UsageRig rig, float fiveHour, DateTimeOffset cachedAt)
    {
        var data = new CachedData(new UsageBucket(fiveHour, DateTimeOffset.UtcNow.AddHours(2)), new UsageBucket(13));
        var bytes = Linesmith.Json.JsonText.ToPrettyUtf8(CachedUsage.WithData(data, cachedAt), CacheJsonContext.Default.CachedUsage);
        Directory.CreateDirectory(rig.CacheRoot);
        File.WriteAllBytes(rig.CachePath, bytes);
    }
}
