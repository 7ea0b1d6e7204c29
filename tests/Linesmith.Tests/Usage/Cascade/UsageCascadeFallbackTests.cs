using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>The cascade cases of docs/spec/edge-cases.md items 42-52: failures, JSONL fallback, odd caches, persist logging.</summary>
public sealed class UsageCascadeFallbackTests : IDisposable
{
    private readonly CascadeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    public static TheoryData<string> Failures => ["429", "timeout", "network"];

    [Theory]
    [MemberData(nameof(Failures))]
    public void Item42_failure_without_stale_or_jsonl_returns_its_own_error(string failure)
    {
        _rig.Transport = Failing(failure);

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Error, result.Source);
        Assert.Equal(Expected(failure), result.Error?.Endpoint?.Kind);
    }

    [Theory]
    [MemberData(nameof(Failures))]
    public void Item42_failure_with_jsonl_returns_jsonl_after_exactly_one_request(string failure)
    {
        _rig.Transport = Failing(failure);
        _rig.Jsonl = FakeJsonl.WeekOnly();

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Jsonl, result.Source);
        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void Item43_malformed_200_is_a_parse_error()
    {
        _rig.Transport = FakeTransport.Ok("{ not json");

        Assert.Equal(EndpointErrorKind.ParseError, _rig.Resolve().Error?.Endpoint?.Kind);
    }

    [Fact]
    public void Item44_without_a_cache_root_it_still_fetches()
    {
        _rig.NoCacheRoot = true;

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Endpoint, result.Source);
        Assert.Equal(1, _rig.Transport.Calls);
        Assert.False(Directory.Exists(_rig.Root));
    }

    [Fact]
    public void Item45_expired_lock_does_not_block()
    {
        _rig.SeedLock(TimeSpan.FromSeconds(-60), "RateLimited");

        _rig.Resolve();

        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void Item46_rate_limited_lock_with_empty_cache_is_rate_limited_without_credentials_or_http()
    {
        _rig.SeedLock(TimeSpan.FromSeconds(60), "RateLimited");

        var result = _rig.Resolve();

        Assert.Equal(UsageError.FromEndpoint(EndpointError.RateLimited(null)), result.Error);
        Assert.Equal((0, 0), (_rig.Credentials.Calls, _rig.Transport.Calls));
    }

    [Fact]
    public void Item46_rate_limited_lock_with_jsonl_returns_jsonl_without_http()
    {
        _rig.SeedLock(TimeSpan.FromSeconds(60), "RateLimited");
        _rig.Jsonl = FakeJsonl.WeekOnly();

        Assert.Equal(UsageSource.Jsonl, _rig.Resolve().Source);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void Item46_lock_without_error_means_rate_limited_without_value()
    {
        _rig.SeedLock(TimeSpan.FromSeconds(60), null);

        Assert.Equal(UsageError.FromEndpoint(EndpointError.RateLimited(null)), _rig.Resolve().Error);
    }

    [Fact]
    public void Item47_cached_error_code_beats_the_lock_code()
    {
        _rig.SeedError("Unauthorized", TimeSpan.FromSeconds(10));
        _rig.SeedLock(TimeSpan.FromSeconds(60), "RateLimited");

        Assert.Equal(EndpointErrorKind.Unauthorized, _rig.Resolve().Error?.Endpoint?.Kind);
    }

    [Fact]
    public void Item47_cached_error_with_jsonl_returns_jsonl()
    {
        _rig.SeedError("Unauthorized", TimeSpan.FromSeconds(10));
        _rig.SeedLock(TimeSpan.FromSeconds(60), "RateLimited");
        _rig.Jsonl = FakeJsonl.WeekOnly();

        Assert.Equal(UsageSource.Jsonl, _rig.Resolve().Source);
    }

    [Theory]
    [InlineData("MissingField")]
    [InlineData("SubprocessFailed")]
    public void Item48_credential_errors_keep_their_variant(string name)
    {
        var code = Enum.Parse<CredentialsErrorCode>(name);
        _rig.Credentials = new FakeCredentials(CredentialsResult.Failed(new CredentialsError(code, "x")));

        var result = _rig.Resolve();

        Assert.Equal(UsageErrorKind.Credentials, result.Error?.Kind);
        Assert.Equal(code, result.Error?.CredentialsError?.Code);
        Assert.Equal($"Credentials({code})", result.Error?.QualifiedCode);
        Assert.False(File.Exists(_rig.Locks.Path));
    }

    [Fact]
    public void Item48_credential_errors_fall_through_to_jsonl()
    {
        _rig.Credentials = new FakeCredentials(CredentialsResult.Failed(new CredentialsError(CredentialsErrorCode.MissingField, "x")));
        _rig.Jsonl = FakeJsonl.WeekOnly();

        Assert.Equal(UsageSource.Jsonl, _rig.Resolve().Source);
    }

    [Fact]
    public void Item49_cache_write_failure_still_returns_endpoint_data()
    {
        var parentIsAFile = Path.Join(_rig.TempPath, "file");
        File.WriteAllText(parentIsAFile, "x");
        _rig.Root = Path.Join(parentIsAFile, "cache");

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Endpoint, result.Source);
        Assert.Equal(42.0f, result.Data?.FiveHour?.Utilization);
    }

    [Fact]
    public void Item50_cache_from_the_future_is_ignored()
    {
        Assert.Null(_rig.Cache.Write(CachedUsage.WithData(CascadeRig.Data(), _rig.Clock.GetUtcNow().AddHours(1))));

        _rig.Resolve();

        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void Item51_jsonl_block_from_the_future_is_clamped_to_the_current_hour()
    {
        var now = _rig.Clock.GetUtcNow();
        _rig.Credentials = FakeCredentials.None();
        _rig.Jsonl = new FakeJsonl(new JsonlResult(new JsonlUsage(new JsonlBlock(now.AddHours(2), now.AddHours(7), 5), 5), null));

        var block = _rig.Resolve().Jsonl?.FiveHour;

        Assert.NotNull(block);
        Assert.True(block.EndsAt <= now.AddHours(5));
        Assert.Equal(now, block.Start);
    }

    [Fact]
    public void Item51_jsonl_block_an_hour_old_ends_in_four_hours()
    {
        var now = _rig.Clock.GetUtcNow();
        _rig.Credentials = FakeCredentials.None();
        _rig.Jsonl = new FakeJsonl(new JsonlResult(new JsonlUsage(new JsonlBlock(now.AddHours(-1), now.AddHours(4), 420_000), 420_000), null));

        var block = _rig.Resolve().Jsonl?.FiveHour;

        Assert.Equal(now.AddHours(4), block?.EndsAt);
        Assert.Equal(420_000UL, block?.Tokens);
    }

    [Fact]
    public void Item52_cache_write_failure_is_logged_at_error_even_when_the_log_is_off()
    {
        var parentIsAFile = Path.Join(_rig.TempPath, "file");
        File.WriteAllText(parentIsAFile, "x");
        _rig.Root = Path.Join(parentIsAFile, "cache");

        _rig.NewProcess(Linesmith.Diagnostics.LogLevel.Off).Resolve(UsageQuery.Everything(FetchMode.Wait));

        Assert.Contains(_rig.LogLines, line => line.Contains("ERROR", StringComparison.Ordinal) && line.Contains("cascade: cache write failed: Io", StringComparison.Ordinal));
        Assert.Contains(_rig.LogLines, line => line.Contains("cascade: lock write failed: Io", StringComparison.Ordinal));
    }

    private static FakeTransport Failing(string failure) => failure switch
    {
        "429" => FakeTransport.Status(429, "120"),
        "timeout" => FakeTransport.TimingOut(),
        _ => FakeTransport.Refused(),
    };

    private static EndpointErrorKind Expected(string failure) => failure switch
    {
        "429" => EndpointErrorKind.RateLimited,
        "timeout" => EndpointErrorKind.Timeout,
        _ => EndpointErrorKind.NetworkError,
    };
}
