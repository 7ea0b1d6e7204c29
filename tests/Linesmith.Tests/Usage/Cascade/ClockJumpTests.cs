using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>
/// docs/adr/0010-back-off-bounds.md: after the clock jumps backwards, a success lock written before the jump
/// reaches further than cache_duration and is ignored; an error lock keeps its (24 h capped) block.
/// </summary>
public sealed class ClockJumpTests : IDisposable
{
    private readonly CascadeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void A_success_lock_reaching_past_cache_duration_is_ignored_and_the_endpoint_is_called()
    {
        _rig.SeedLock(TimeSpan.FromHours(2) + _rig.Settings.CacheDuration, error: null);

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Endpoint, result.Source);
        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void A_success_lock_within_cache_duration_still_blocks()
    {
        _rig.SeedLock(_rig.Settings.CacheDuration, error: null);

        _rig.Resolve();

        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void An_error_lock_reaching_past_cache_duration_still_blocks()
    {
        _rig.SeedLock(TimeSpan.FromHours(2), error: "RateLimited");

        _rig.Resolve();

        Assert.Equal(0, _rig.Transport.Calls);
    }
}
