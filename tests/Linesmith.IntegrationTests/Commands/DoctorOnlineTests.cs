using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>linesmith doctor --online</c> against a local server: one request under the cascade's lock rules.</summary>
public sealed class DoctorOnlineTests : IDisposable
{
    private readonly HomeRig _rig = new();
    private readonly TestHttpServer _server = new();

    public DoctorOnlineTests()
    {
        _rig.WriteCredentials();
        _rig.Environment["LINESMITH_API_BASE_URL"] = _server.BaseUrl;
        _rig.Environment["LINESMITH_TIMEOUT_MS"] = "5000";
        Assert.Equal(0, _rig.Run("install").ExitCode);
    }

    private string Endpoint => DoctorTests.Status(_rig.Run("doctor", "--online", "--json"), "endpoint", "usage endpoint");

    [Fact]
    public void Status_200_passes_and_fills_the_cache()
    {
        var result = _rig.Run("doctor", "--online");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"  PASS  usage endpoint: HTTP 200 from {_server.BaseUrl}/api/oauth/usage: usage data parsed and cached (5h 42%, 7d 13%)\n", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, _server.RequestCount);
        Assert.NotNull(new CacheStore(_rig.CacheRoot, TimeProvider.System).Read().Entry?.Data);
        Assert.DoesNotContain(UsageRig.Token, result.Stdout + result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_online_no_request_is_sent()
    {
        var result = _rig.Run("doctor");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  SKIP  usage endpoint: not checked; 'linesmith doctor --online' sends one request", result.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void A_second_run_respects_the_lock_and_sends_nothing()
    {
        Assert.Equal(0, _rig.Run("doctor", "--online").ExitCode);

        var second = Endpoint;

        Assert.StartsWith("skip: no request sent: no fetch due (usage.lock blocks the endpoint for ", second, StringComparison.Ordinal);
        Assert.Equal(1, _server.RequestCount);
    }

    [Fact]
    public void Status_401_fails()
    {
        _server.Reply = _ => ServerReply.WithStatus(401);

        var result = _rig.Run("doctor", "--online");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("  FAIL  usage endpoint: HTTP 401 from ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("the token was rejected (expired or revoked)\n        fix: run /login in Claude Code\n", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_403_fails()
    {
        _server.Reply = _ => ServerReply.WithStatus(403);

        Assert.StartsWith($"fail: HTTP 403 from {_server.BaseUrl}/api/oauth/usage: the token may not read usage", Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_429_warns_with_the_retry_after_seen_and_locks()
    {
        _server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", "120"));

        var result = _rig.Run("doctor", "--online", "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("warn: HTTP 429 from ", DoctorTests.Status(result, "endpoint", "usage endpoint"), StringComparison.Ordinal);
        Assert.EndsWith("rate limited; Retry-After: 120, so usage.lock blocks the endpoint for 120 s", DoctorTests.Status(result, "endpoint", "usage endpoint"), StringComparison.Ordinal);
        Assert.Equal("RateLimited", new LockStore(_rig.CacheRoot, TimeProvider.System).Read().Lock?.Error);
    }

    [Fact]
    public void Status_429_without_retry_after_names_the_default_backoff()
    {
        _server.Reply = _ => ServerReply.WithStatus(429);

        Assert.EndsWith("rate limited; no Retry-After, so usage.lock blocks the endpoint for the default 300 s", Endpoint, StringComparison.Ordinal);
    }

    [Fact]
    public void Other_statuses_name_the_status()
    {
        _server.Reply = _ => ServerReply.WithStatus(503);

        Assert.StartsWith($"fail: HTTP 503 from {_server.BaseUrl}/api/oauth/usage: network error", Endpoint, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _server.Dispose();
        _rig.Dispose();
    }
}
