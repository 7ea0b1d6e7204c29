namespace Linesmith.Usage.Endpoint;

/// <summary>
/// Why a request gave no usage data (docs/spec/usage-endpoint.md#status-mapping): a value, never an exception.
/// <see cref="Code"/> is the tag stored in <c>usage.lock</c> (docs/spec/usage-cascade.md#error-codes); <see cref="Display"/>
/// is that table's display text; <see cref="BracketText"/> is what a segment renders (docs/spec/rate-limit-segments.md).
/// <see cref="Detail"/> is extra context for the log and the <c>usage</c> command (never token bytes). The cascade
/// wraps it, beside the credential and JSONL failures, in its <c>UsageError</c>.
/// </summary>
internal sealed record EndpointError(EndpointErrorKind Kind, TimeSpan? RetryAfter = null, string? Detail = null)
{
    public static EndpointError Timeout { get; } = new(EndpointErrorKind.Timeout);

    public static EndpointError NetworkError { get; } = new(EndpointErrorKind.NetworkError);

    public static EndpointError ParseError { get; } = new(EndpointErrorKind.ParseError);

    public static EndpointError Unauthorized { get; } = new(EndpointErrorKind.Unauthorized);

    public static EndpointError Forbidden { get; } = new(EndpointErrorKind.Forbidden);

    public static EndpointError RateLimited(TimeSpan? retryAfter) => new(EndpointErrorKind.RateLimited, RetryAfter: retryAfter);

    /// <summary>The <c>code()</c> tag: the variant name (<c>RateLimited</c>, <c>Unauthorized</c>, …).</summary>
    public string Code => Kind.ToString();

    public string Display => Kind switch
    {
        EndpointErrorKind.Timeout => "endpoint request timed out",
        EndpointErrorKind.RateLimited => RetryAfter is { } wait
            ? $"endpoint rate-limited; retry after {(long)wait.TotalSeconds}s"
            : "endpoint rate-limited (no Retry-After)",
        EndpointErrorKind.NetworkError => "network error",
        EndpointErrorKind.ParseError => "endpoint response failed to parse",
        EndpointErrorKind.Unauthorized => "endpoint returned 401 Unauthorized",
        _ => "endpoint returned 403 Forbidden",
    };

    /// <summary>The rendered error text (docs/spec/usage-cascade.md#error-codes).</summary>
    public string BracketText => Kind switch
    {
        EndpointErrorKind.Timeout => "[Timeout]",
        EndpointErrorKind.RateLimited => "[Rate limited]",
        EndpointErrorKind.NetworkError => "[Network error]",
        EndpointErrorKind.ParseError => "[Parse error]",
        EndpointErrorKind.Unauthorized => "[Unauthorized]",
        _ => "[Forbidden]",
    };

    /// <summary>True for 401 and 403: never serve stale, clear the cache (docs/spec/usage-endpoint.md#401-and-403).</summary>
    public bool IsAuthFailure => Kind is EndpointErrorKind.Unauthorized or EndpointErrorKind.Forbidden;

    public override string ToString() => Detail is null ? $"{Code}: {Display}" : $"{Code}: {Display} ({Detail})";
}
