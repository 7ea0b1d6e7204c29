using System.Globalization;
using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// Doctor group "endpoint", only with <c>--online</c>: one pass of the usage cascade in refresh mode
/// (docs/spec/usage-cascade.md#algorithm), so the request obeys everything a render obeys: a fresh cache or a blocking
/// <c>usage.lock</c> means no request, only one process fetches at a time, and the outcome is written
/// to the cache and lock like any fetch (a 429 backs every session off, not just this one).
/// </summary>
internal static class EndpointCheck
{
    public const string Group = "endpoint";

    private const string Name = "usage endpoint";

    public static DoctorCheck Run(RunContext run, bool online)
    {
        var settings = run.Usage;
        if (!online)
        {
            return DoctorCheck.Skip(Group, Name, "not checked; 'linesmith doctor --online' sends one request (if usage.lock allows it)");
        }

        RecordingTransport? recorder = null;
        var cascade = run.Cascade(refresher: false, transport => recorder = new RecordingTransport(transport));
        var result = cascade.Resolve(UsageQuery.Everything(FetchMode.Refresh));
        var url = UsageEndpoint.Resolve(settings.ApiBaseUrl, out _)?.ToString() ?? settings.ApiBaseUrl;
        if (result.Source == UsageSource.Endpoint)
        {
            return DoctorCheck.Pass(Group, Name, $"HTTP 200 from {url}: usage data parsed and cached{Summary(result)}");
        }

        if (result.Note is { } note)
        {
            return DoctorCheck.Skip(Group, Name, $"no request sent: {note} ({Why(run)}); 'linesmith cache clear' allows one");
        }

        var error = result.Error ?? UsageError.FromEndpoint(EndpointError.NetworkError);
        return (error.Kind, error.Endpoint?.Kind) switch
        {
            (_, EndpointErrorKind.Unauthorized) => DoctorCheck.Fail(Group, Name, $"HTTP 401 from {url}: the token was rejected (expired or revoked)", "run /login in Claude Code"),
            (_, EndpointErrorKind.Forbidden) => DoctorCheck.Fail(Group, Name, $"HTTP 403 from {url}: the token may not read usage (missing the user:profile scope, or not a Claude subscription)", "run /login in Claude Code with a Pro or Max account"),
            (_, EndpointErrorKind.RateLimited) => DoctorCheck.Warn(Group, Name, $"HTTP 429 from {url}: rate limited; {RetryAfterText(error.Endpoint!, recorder?.Last)}", "nothing: linesmith waits as usage.lock says and shows cached numbers meanwhile"),
            (_, EndpointErrorKind.Timeout) => DoctorCheck.Fail(Group, Name, $"no answer from {url} within {(long)settings.Timeout.TotalMilliseconds} ms", "check the network or proxy (HTTPS_PROXY), or raise [usage] timeout"),
            (UsageErrorKind.NoCredentials or UsageErrorKind.Credentials, _) => DoctorCheck.Fail(Group, Name, $"no request sent: {error.Display}", "run /login in Claude Code"),
            _ when recorder?.Last is { IsResponse: true, Status: var status } => DoctorCheck.Fail(Group, Name, $"HTTP {status} from {url}: {error.Display}", "check the network, proxy and [usage] api_base_url"),
            _ => DoctorCheck.Fail(Group, Name, $"{url}: {error}", "check the network, proxy and [usage] api_base_url"),
        };
    }

    private static string RetryAfterText(EndpointError error, TransportOutcome? outcome)
    {
        var seconds = Backoff.Seconds(error);
        return outcome?.RetryAfter is { } header
            ? string.Create(CultureInfo.InvariantCulture, $"Retry-After: {header}, so usage.lock blocks the endpoint for {seconds} s")
            : string.Create(CultureInfo.InvariantCulture, $"no Retry-After, so usage.lock blocks the endpoint for the default {seconds} s");
    }

    private static string Summary(UsageResult result)
    {
        var data = result.Data;
        if (data?.FiveHour is null && data?.SevenDay is null)
        {
            return string.Empty;
        }

        return string.Create(CultureInfo.InvariantCulture, $" (5h {data.FiveHour?.Utilization:0.#}%, 7d {data.SevenDay?.Utilization:0.#}%)");
    }

    private static string Why(RunContext run)
    {
        if (run.CacheRoot.Trusted is not { } root)
        {
            return "no cache directory";
        }

        var now = run.Clock.GetUtcNow();
        var lockFile = new LockStore(root, run.Clock).Read().Lock;
        if (lockFile is not null && lockFile.IsBlockingAt(now))
        {
            var code = lockFile.Error is { } error ? $", set by {error}" : string.Empty;
            return $"usage.lock blocks the endpoint for {HumanDuration.Format(lockFile.BlockedUntil - now.ToUnixTimeSeconds())} more{code}";
        }

        var entry = new CacheStore(root, run.Clock).Read().Entry;
        return entry is not null && entry.IsFreshAt(now, run.Usage.CacheDuration)
            ? $"usage.json is fresh, cached {HumanDuration.Format((long)(now - entry.CachedAt).TotalSeconds)} ago"
            : "another process holds the fetch lock";
    }
}
