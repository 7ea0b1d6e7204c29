using Linesmith.Diagnostics;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// <c>GET /api/oauth/usage</c> and the status mapping of docs/spec/usage-endpoint.md#status-mapping: 2xx + a parsable body
/// → success; 2xx otherwise (empty, 204, malformed, over 64 KiB) → ParseError; 401 → Unauthorized;
/// 403 → Forbidden; 429 → RateLimited with the parsed <c>Retry-After</c> or 300 s; any other status →
/// NetworkError; transport timeout → Timeout; any other transport failure → NetworkError (details at
/// debug only). The token goes into the request and nowhere else.
/// </summary>
internal sealed class UsageClient(IUsageTransport transport, UsageSettings settings, TimeProvider clock, Log log)
{
    public const string BetaHeader = "oauth-2025-04-20";

    public FetchResult Fetch(Uri url, string token)
    {
        var request = new TransportRequest(url, token, settings.UserAgent, settings.Timeout);
        log.Debug($"fetch: {request}");
        var outcome = transport.Send(request);
        var result = Classify(outcome, clock.GetUtcNow(), log);
        log.Info(result.Error is { } error ? $"fetch: {error}" : $"fetch: HTTP {outcome.Status}, usage parsed");
        return result;
    }

    public static FetchResult Classify(TransportOutcome outcome, DateTimeOffset now, Log log)
    {
        if (outcome.TimedOut)
        {
            return Fail(EndpointError.Timeout);
        }

        if (outcome.Failure is { } failure)
        {
            log.Debug($"fetch: transport failure: {failure}");
            return Fail(EndpointError.NetworkError with { Detail = failure });
        }

        switch (outcome.Status)
        {
            case >= 200 and < 300:
                if (outcome.BodyTooLarge)
                {
                    // docs/spec/decisions.md#d5-an-oversize-body-is-a-parseerror: an oversize body is a ParseError, not a transport error.
                    return Fail(EndpointError.ParseError with { Detail = $"body larger than {UsageApiParser.MaxBodyBytes} bytes" });
                }

                var response = UsageApiParser.TryParse(outcome.Body, out var problem);
                if (response is null)
                {
                    return Fail(EndpointError.ParseError with { Detail = problem });
                }

                foreach (var warning in response.Limits?.Warnings ?? [])
                {
                    log.Warn($"fetch: {warning}");
                }

                return new FetchResult(response, null);
            case 401:
                return Fail(EndpointError.Unauthorized);
            case 403:
                return Fail(EndpointError.Forbidden);
            case 429:
                if (outcome.RetryAfter is { } header && RetryAfter.Parse(header, now) is null)
                {
                    log.Warn("fetch: 429 with an unusable Retry-After; backing off 300 s");
                }

                return Fail(EndpointError.RateLimited(RetryAfter.Resolve(outcome.RetryAfter, now)));
            default:
                return Fail(EndpointError.NetworkError with { Detail = $"HTTP {outcome.Status}" });
        }
    }

    private static FetchResult Fail(EndpointError error) => new(null, error);
}
