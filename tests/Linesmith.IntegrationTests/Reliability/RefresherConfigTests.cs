using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// Found by the soak (docs/guarantees.md): the background refresher a render starts must use the render's config
/// file even when it came from <c>--config</c>; with the default 180 s it judged a cache fresh that the
/// render's <c>cache_duration = 1</c> called stale, and never fetched.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class RefresherConfigTests
{
    [Fact]
    public void The_refresher_started_by_a_render_with_config_fetches_under_that_configs_cache_duration()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        var data = new CachedData(new UsageBucket(7, DateTimeOffset.UtcNow.AddHours(2)), new UsageBucket(13));
        rig.CreateCacheRoot();
        Assert.Null(rig.Cache.Write(CachedUsage.WithData(data, DateTimeOffset.UtcNow.AddSeconds(-10))));
        var config = Path.Join(rig.Home, "short.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig + "[usage]\ncache_duration = 1\n");

        var line = RenderRunner.AssertOneSafeLine(RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config));

        Assert.Contains("7", line, StringComparison.Ordinal);
        rig.Server.WaitForRequest(TimeSpan.FromSeconds(10));
        Assert.Empty(LiveProcesses.AwaitNone(rig.Home, TimeSpan.FromSeconds(10)));
        Assert.Equal(42f, rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization);
    }
}
