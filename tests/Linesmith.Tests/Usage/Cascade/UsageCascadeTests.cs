using Linesmith.Tests.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>The cascade cases of docs/spec/edge-cases.md items 30-41: fresh, stale, locks, fetch outcomes.</summary>
public sealed class UsageCascadeTests : IDisposable
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(10);
    private readonly CascadeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void Item30_fresh_cache_is_served_with_no_credentials_jsonl_or_http()
    {
        _rig.Jsonl = FakeJsonl.WeekOnly();
        _rig.SeedData(TimeSpan.FromSeconds(30));

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Cache, result.Source);
        Assert.Equal(42.0f, result.Data?.FiveHour?.Utilization);
        Assert.Equal((0, 0, 0), (_rig.Credentials.Calls, _rig.Jsonl.Calls, _rig.Transport.Calls));
    }

    [Theory]
    [InlineData(30, false)]
    [InlineData(3600, true)]
    public void The_lock_is_read_only_when_the_cache_is_not_fresh(int ageSeconds, bool lockRead)
    {
        // A directory where usage.lock should be: reading it fails, and the failure is logged.
        Directory.CreateDirectory(_rig.Locks.Path);
        _rig.SeedData(TimeSpan.FromSeconds(ageSeconds));

        _rig.Resolve();

        Assert.Equal(lockRead, _rig.Stderr.ToString().Contains("lock read failed", StringComparison.Ordinal));
    }

    [Fact]
    public void Item31_stale_cache_without_lock_fetches_once_and_restamps_cached_at()
    {
        _rig.SeedData(Stale, fiveHour: 10);

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Endpoint, result.Source);
        Assert.Equal(1, _rig.Transport.Calls);
        Assert.Equal(_rig.Clock.GetUtcNow(), _rig.Cache.Read().Entry?.CachedAt);
        Assert.Equal(42.0f, _rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization);
    }

    [Fact]
    public void Item32_stale_cache_under_active_lock_is_served_without_credentials_or_http()
    {
        _rig.SeedData(Stale);
        _rig.SeedLock(TimeSpan.FromSeconds(60), "RateLimited");

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Stale, result.Source);
        Assert.Equal((0, 0), (_rig.Credentials.Calls, _rig.Transport.Calls));
    }

    [Fact]
    public void Item33_no_credentials_never_calls_the_endpoint()
    {
        _rig.Credentials = FakeCredentials.None();
        _rig.Transport = FakeTransport.TimingOut();

        var result = _rig.Resolve();

        Assert.Equal(UsageErrorKind.NoCredentials, result.Error?.Kind);
        Assert.Equal(UsageSource.Error, result.Source);
        Assert.Equal(0, _rig.Transport.Calls);
        Assert.False(File.Exists(_rig.Locks.Path));
    }

    [Fact]
    public void Item33_no_credentials_with_jsonl_returns_the_jsonl_estimate()
    {
        _rig.Credentials = FakeCredentials.None();
        _rig.Jsonl = FakeJsonl.WeekOnly();

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Jsonl, result.Source);
        Assert.Equal(1_200_000UL, result.Jsonl?.SevenDayTokens);
        Assert.Null(result.Jsonl?.FiveHour);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void Item34_success_writes_the_cache_and_a_lock_at_now_plus_180()
    {
        _rig.Resolve();

        Assert.NotNull(_rig.Cache.Read().Entry?.Data);
        var lockFile = _rig.Locks.Read().Lock;
        Assert.Equal(_rig.NowSeconds + 180, lockFile?.BlockedUntil);
        Assert.Null(lockFile?.Error);
    }

    [Fact]
    public void Item35_401_with_jsonl_returns_jsonl_after_one_request()
    {
        _rig.Transport = FakeTransport.Status(401);
        _rig.Jsonl = FakeJsonl.WeekOnly();

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Jsonl, result.Source);
        Assert.Equal(1, _rig.Transport.Calls);
    }

    [Fact]
    public void Item35_401_without_jsonl_is_unauthorized()
    {
        _rig.Transport = FakeTransport.Status(401);

        Assert.Equal(EndpointErrorKind.Unauthorized, _rig.Resolve().Error?.Endpoint?.Kind);
    }

    [Theory]
    [InlineData(401, "Unauthorized", 30)]
    [InlineData(403, "Forbidden", 300)]
    public void Item36_and_39_auth_failure_with_stale_cache_clears_it_and_never_serves_it(int status, string code, long backoff)
    {
        _rig.SeedData(Stale);
        _rig.Transport = FakeTransport.Status(status);

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Error, result.Source);
        Assert.Equal(code, result.Error?.Code);
        Assert.Null(result.Data);
        Assert.False(File.Exists(_rig.Cache.Path));
        Assert.Equal(new LockFile(_rig.NowSeconds + backoff, code), _rig.Locks.Read().Lock);
    }

    [Fact]
    public void Item37_429_with_stale_cache_serves_it_and_keeps_the_file()
    {
        _rig.SeedData(Stale, fiveHour: 7);
        _rig.Transport = FakeTransport.Status(429, "120");

        var result = _rig.Resolve();

        Assert.Equal(UsageSource.Stale, result.Source);
        Assert.Equal(7.0f, result.Data?.FiveHour?.Utilization);
        Assert.Equal(EndpointErrorKind.RateLimited, result.Error?.Endpoint?.Kind);
        Assert.Equal(7.0f, _rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    public void Item38_after_an_auth_failure_the_next_process_makes_no_request(int status, string kind)
    {
        _rig.Transport = FakeTransport.Status(status);
        _rig.Resolve();
        _rig.Transport = FakeTransport.Ok();

        var result = _rig.Resolve();

        Assert.Equal(kind, result.Error?.Code);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Theory]
    [InlineData("Unauthorized")]
    [InlineData("Forbidden")]
    public void Item39_active_auth_lock_rejects_stale_cached_data(string code)
    {
        _rig.SeedData(Stale);
        _rig.SeedLock(TimeSpan.FromSeconds(30), code);

        var result = _rig.Resolve();

        Assert.Equal(code, result.Error?.Code);
        Assert.Null(result.Data);
        Assert.Equal(0, _rig.Transport.Calls);
    }

    [Fact]
    public void Item40_429_with_retry_after_120_locks_for_120_seconds()
    {
        _rig.Transport = FakeTransport.Status(429, "120");

        _rig.Resolve();

        Assert.Equal(new LockFile(_rig.NowSeconds + 120, "RateLimited"), _rig.Locks.Read().Lock);
    }

    [Theory]
    [InlineData("0", 60)]
    [InlineData("1", 60)]
    [InlineData("59", 60)]
    [InlineData("60", 60)]
    [InlineData("61", 61)]
    [InlineData("Sun, 19 Apr 2026 18:00:10 GMT", 60)]
    [InlineData("-1", 300)]
    [InlineData("", 300)]
    [InlineData("soon", 300)]
    [InlineData("Sat, 01 Jan 2000 00:00:00 GMT", 300)]
    [InlineData("86400", 86_400)]
    [InlineData("2147483647", 86_400)]
    [InlineData("99999999999999999999999", 86_400)]
    public void A_429_backs_off_at_least_a_minute_and_at_most_a_day_whatever_retry_after_says(string retryAfter, long seconds)
    {
        // docs/adr/0010-back-off-bounds.md: persistent 429s with Retry-After: 0 are seen in the wild (anthropics/claude-code #30930).
        _rig.Transport = FakeTransport.Status(429, retryAfter);

        _rig.Resolve();

        Assert.Equal(new LockFile(_rig.NowSeconds + seconds, "RateLimited"), _rig.Locks.Read().Lock);
    }

    [Fact]
    public void Item40_timeout_locks_for_30_seconds()
    {
        _rig.Transport = FakeTransport.TimingOut();

        _rig.Resolve();

        Assert.Equal(new LockFile(_rig.NowSeconds + 30, "Timeout"), _rig.Locks.Read().Lock);
    }

    [Fact]
    public void Item41_after_a_429_the_next_process_is_rate_limited_without_a_request()
    {
        _rig.Transport = FakeTransport.Status(429, "120");
        _rig.Resolve();
        _rig.Transport = FakeTransport.Ok();

        var result = _rig.Resolve();

        Assert.Equal(EndpointErrorKind.RateLimited, result.Error?.Endpoint?.Kind);
        Assert.Equal(0, _rig.Transport.Calls);
    }
}
