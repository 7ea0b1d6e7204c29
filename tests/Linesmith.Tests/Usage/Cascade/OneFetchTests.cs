using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>docs/spec/decisions.md (D1, D2) and docs/adr/0011-refresh-in-a-detached-process.md: stdin first, one fetcher per cache root, renders never wait when data exists.</summary>
public sealed class OneFetchTests : IDisposable
{
    private readonly CascadeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void A_query_that_needs_nothing_reads_nothing()
    {
        var result = _rig.NewProcess().Resolve(new UsageQuery(UsageNeeds.None, FetchMode.Wait));

        Assert.Equal(UsageSource.Error, result.Source);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
        Assert.False(Directory.Exists(_rig.Root));
    }

    [Fact]
    public void The_result_is_memoized_per_process()
    {
        _rig.Transport = FakeTransport.Status(500);
        var cascade = _rig.NewProcess();

        cascade.Resolve(UsageQuery.Everything(FetchMode.Wait));
        _rig.Clock.Advance(TimeSpan.FromHours(1));
        cascade.Resolve(UsageQuery.Everything(FetchMode.Wait));

        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void A_render_with_stale_data_returns_it_at_once_and_launches_a_refresh()
    {
        _rig.SeedData(TimeSpan.FromMinutes(10), fiveHour: 7);

        var result = _rig.Resolve(FetchMode.Render);

        Assert.Equal(UsageSource.Stale, result.Source);
        Assert.True(result.RefreshStarted);
        Assert.Equal(1, _rig.Launcher.Launches);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
    }

    [Fact]
    public void A_render_with_stale_data_does_not_launch_while_another_process_fetches()
    {
        _rig.SeedData(TimeSpan.FromMinutes(10));
        using var held = FetchGate.TryAcquire(_rig.Root).Gate;

        var result = _rig.Resolve(FetchMode.Render);

        Assert.Equal(UsageSource.Stale, result.Source);
        Assert.Equal(0, _rig.Launcher.Launches);
    }

    [Fact]
    public void A_render_with_no_data_fetches_itself()
    {
        var result = _rig.Resolve(FetchMode.Render);

        Assert.Equal(UsageSource.Endpoint, result.Source);
        Assert.Equal(0, _rig.Launcher.Launches);
        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void A_loser_with_no_data_never_calls_the_endpoint_and_gives_up_after_the_timeout()
    {
        _rig.Settings = _rig.Settings with { Timeout = TimeSpan.FromMilliseconds(50) };
        using var held = FetchGate.TryAcquire(_rig.Root).Gate;

        var result = _rig.Resolve(FetchMode.Render);

        Assert.Equal(EndpointErrorKind.Timeout, result.Error?.Endpoint?.Kind);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
    }

    [Fact]
    public async Task A_loser_shows_the_winners_data_once_the_gate_is_released()
    {
        _rig.Settings = _rig.Settings with { Timeout = TimeSpan.FromSeconds(30) };
        var held = FetchGate.TryAcquire(_rig.Root).Gate!;
        var cascade = _rig.NewProcess();
        var loser = Task.Run(() => cascade.Resolve(UsageQuery.Everything(FetchMode.Wait)));

        // The "winner" writes its result and releases the gate; the loser must read it, not fetch.
        _rig.SeedData(TimeSpan.Zero, fiveHour: 55);
        held.Dispose();
        var result = await loser;

        Assert.Equal(UsageSource.Cache, result.Source);
        Assert.Equal(55f, result.Data?.FiveHour?.Utilization);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void The_refresher_does_nothing_while_another_process_fetches()
    {
        _rig.SeedData(TimeSpan.FromMinutes(10));
        using var held = FetchGate.TryAcquire(_rig.Root).Gate;

        var result = _rig.Resolve(FetchMode.Refresh);

        Assert.Equal("another process is fetching", result.Note);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void The_refresher_fetches_when_due_and_skips_when_fresh()
    {
        _rig.SeedData(TimeSpan.FromMinutes(10));

        Assert.Equal(UsageSource.Endpoint, _rig.Resolve(FetchMode.Refresh).Source);
        Assert.Equal("no fetch due", _rig.Resolve(FetchMode.Refresh).Note);
        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void A_plain_http_base_to_a_remote_host_is_refused_before_credentials_are_read()
    {
        _rig.Settings = _rig.Settings with { ApiBaseUrl = "http://api.anthropic.com" };

        var result = _rig.Resolve();

        Assert.Equal(EndpointErrorKind.NetworkError, result.Error?.Endpoint?.Kind);
        Assert.StartsWith("refusing to send the OAuth token", result.Error?.Detail, StringComparison.Ordinal);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
    }

    [Fact]
    public void The_token_is_redacted_from_every_log_line()
    {
        _rig.Transport = new FakeTransport(request => TransportOutcome.Failed($"echo {request.Token}"));

        _rig.Resolve();

        Assert.NotEmpty(_rig.LogLines);
        Assert.DoesNotContain(_rig.LogLines, line => line.Contains(FakeCredentials.Token, StringComparison.Ordinal));
        Assert.Contains(_rig.LogLines, line => line.Contains("[REDACTED]", StringComparison.Ordinal));
    }
}
