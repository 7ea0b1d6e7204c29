using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Usage.Cascade;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// docs/spec/decisions.md#d1-one-fetch-not-a-stampede: a refresher killed with SIGKILL in the middle of its request leaves no stuck
/// lock and no temp file; the kernel releases the fetch gate, so the next run fetches.
/// </summary>
public sealed class KilledRefresherTests
{
    [Fact]
    public void A_refresher_killed_mid_request_leaves_nothing_stuck()
    {
        using var rig = new UsageRig(timeoutMs: 3000);
        rig.SeedStale(fiveHour: 7);
        rig.Server.Hold();
        using (var refresher = ProcessRunner.Start(PublishedBinary.Path, ["usage", "refresh"], rig.Environment))
        {
            rig.Server.WaitForRequest(TimeSpan.FromSeconds(20));
            Assert.False(FetchGate.IsFree(rig.CacheRoot));

            refresher.Kill();
            Assert.True(refresher.WaitForExit(TimeSpan.FromSeconds(10)));
        }

        Assert.True(FetchGate.IsFree(rig.CacheRoot));
        Assert.False(File.Exists(rig.LockPath));
        Assert.Empty(Directory.GetFiles(rig.CacheRoot, "*.tmp"));

        rig.Server.Release();
        rig.Server.Reply = _ => ServerReply.Usage(88);
        var next = rig.Run("usage", "--json");

        Assert.Equal("endpoint", UsageRig.Source(next));
        Assert.Equal(2, rig.Server.RequestCount);
        Assert.Empty(Directory.GetFiles(rig.CacheRoot, "*.tmp"));
    }
}
