using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>The 429 and 401/403 flows (docs/spec/usage-endpoint.md#status-mapping, docs/spec/usage-endpoint.md#401-and-403, docs/spec/edge-cases.md items 36-41) through real processes and a real server.</summary>
public sealed class FailureFlowTests
{
    [Fact]
    public void A_429_with_retry_after_120_locks_every_process_out_and_stale_data_is_shown()
    {
        using var rig = new UsageRig();
        rig.SeedStale(fiveHour: 7);
        rig.Server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", "120"));

        var first = rig.Run("usage", "--json");
        var before = UsageRig.NowSeconds;

        Assert.Equal(("stale", "RateLimited"), (UsageRig.Source(first), UsageRig.ErrorCode(first)));
        var lockFile = rig.ReadLock();
        Assert.Equal("RateLimited", lockFile?.Error);
        Assert.InRange(lockFile!.BlockedUntil, before + 110, before + 121);
        Assert.True(File.Exists(rig.CachePath));

        var later = Enumerable.Range(0, 3).Select(_ => rig.Run("usage", "--json")).ToList();
        Assert.All(later, result => Assert.Equal("stale", UsageRig.Source(result)));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMT")]
    public void A_429_that_says_retry_now_still_backs_every_process_off_for_a_minute(string retryAfter)
    {
        // docs/adr/0010-back-off-bounds.md: with Retry-After: 0 every later process used to ask again at once.
        using var rig = new UsageRig();
        rig.SeedStale(fiveHour: 7);
        rig.Server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", retryAfter));

        var before = UsageRig.NowSeconds;
        var first = rig.Run("usage", "--json");
        var later = Enumerable.Range(0, 3).Select(_ => rig.Run("usage", "--json")).ToList();

        Assert.Equal(("stale", "RateLimited"), (UsageRig.Source(first), UsageRig.ErrorCode(first)));
        Assert.True(rig.ReadLock()!.BlockedUntil >= before + 60);
        Assert.All(later, result => Assert.Equal("stale", UsageRig.Source(result)));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Theory]
    [InlineData(401, "Unauthorized", 30)]
    [InlineData(403, "Forbidden", 300)]
    public void An_auth_failure_clears_the_cache_never_serves_stale_and_locks(int status, string code, long backoff)
    {
        using var rig = new UsageRig();
        rig.SeedStale();
        rig.Server.Reply = _ => ServerReply.WithStatus(status);

        var first = rig.Run("usage", "--json");
        var now = UsageRig.NowSeconds;

        Assert.Equal(("error", code), (UsageRig.Source(first), UsageRig.ErrorCode(first)));
        Assert.False(File.Exists(rig.CachePath));
        var lockFile = rig.ReadLock();
        Assert.Equal(code, lockFile?.Error);
        Assert.InRange(lockFile!.BlockedUntil, now + backoff - 10, now + backoff + 1);

        rig.Server.Reply = _ => ServerReply.Usage();
        var second = rig.Run("usage", "--json");
        Assert.Equal(("error", code), (UsageRig.Source(second), UsageRig.ErrorCode(second)));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void Without_credentials_no_request_is_made_and_no_lock_is_written()
    {
        using var rig = new UsageRig();
        File.Delete(Path.Join(rig.Home, ".claude", ".credentials.json"));

        var result = rig.Run("usage", "--json");

        Assert.Equal(("error", "NoCredentials"), (UsageRig.Source(result), UsageRig.ErrorCode(result)));
        Assert.Equal(0, rig.Server.RequestCount);
        Assert.False(File.Exists(rig.LockPath));
    }
}
