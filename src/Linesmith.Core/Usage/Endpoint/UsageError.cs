using Linesmith.Usage.Credentials;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// Why no usage data came from the endpoint (docs/spec/usage-cascade.md#error-codes table): a value, never an exception.
/// <see cref="Code"/> is the tag stored in <c>usage.lock</c> and <c>usage.json</c>; <see cref="Display"/>
/// is the docs/spec/usage-cascade.md#error-codes display text; <see cref="BracketText"/> is what a segment renders (docs/spec/rate-limit-segments.md). <see cref="Detail"/>
/// is extra context for the log and the <c>usage</c> command (never token bytes, docs/spec/usage-endpoint.md#status-mapping).
/// </summary>
internal sealed record UsageError(
    UsageErrorKind Kind,
    TimeSpan? RetryAfter = null,
    CredentialsError? CredentialsError = null,
    JsonlErrorCode? JsonlCode = null,
    string? Detail = null)
{
    public static UsageError NoCredentials { get; } = new(UsageErrorKind.NoCredentials);

    public static UsageError Timeout { get; } = new(UsageErrorKind.Timeout);

    public static UsageError NetworkError { get; } = new(UsageErrorKind.NetworkError);

    public static UsageError ParseError { get; } = new(UsageErrorKind.ParseError);

    public static UsageError Unauthorized { get; } = new(UsageErrorKind.Unauthorized);

    public static UsageError Forbidden { get; } = new(UsageErrorKind.Forbidden);

    public static UsageError RateLimited(TimeSpan? retryAfter) => new(UsageErrorKind.RateLimited, RetryAfter: retryAfter);

    public static UsageError FromCredentials(CredentialsError error) => error.Code == CredentialsErrorCode.NoCredentials
        ? NoCredentials
        : new UsageError(UsageErrorKind.Credentials, CredentialsError: error);

    public static UsageError FromJsonl(JsonlErrorCode code) => new(UsageErrorKind.Jsonl, JsonlCode: code);

    /// <summary>The <c>code()</c> tag: the variant name (<c>RateLimited</c>, <c>Unauthorized</c>, …).</summary>
    public string Code => Kind.ToString();

    /// <summary>The variant with its inner code, for people: <c>Credentials(MissingField)</c>, <c>Jsonl(NoEntries)</c>.</summary>
    public string QualifiedCode => Kind switch
    {
        UsageErrorKind.Credentials => $"Credentials({CredentialsError?.Code})",
        UsageErrorKind.Jsonl => $"Jsonl({JsonlCode})",
        _ => Code,
    };

    public string Display => Kind switch
    {
        UsageErrorKind.NoCredentials => "no OAuth credentials found",
        UsageErrorKind.Credentials => $"credentials error: {CredentialsError?.Display}",
        UsageErrorKind.Timeout => "endpoint request timed out",
        UsageErrorKind.RateLimited => RetryAfter is { } wait
            ? $"endpoint rate-limited; retry after {(long)wait.TotalSeconds}s"
            : "endpoint rate-limited (no Retry-After)",
        UsageErrorKind.NetworkError => "network error",
        UsageErrorKind.ParseError => "endpoint response failed to parse",
        UsageErrorKind.Unauthorized => "endpoint returned 401 Unauthorized",
        UsageErrorKind.Forbidden => "endpoint returned 403 Forbidden",
        _ => $"JSONL fallback failed: {JsonlCode}",
    };

    /// <summary>The rendered error text (docs/spec/usage-cascade.md#error-codes).</summary>
    public string BracketText => Kind switch
    {
        UsageErrorKind.NoCredentials => "[No credentials]",
        UsageErrorKind.Credentials => CredentialsError?.Code switch
        {
            CredentialsErrorCode.SubprocessFailed => "[Keychain error]",
            CredentialsErrorCode.IoError => "[Credentials unreadable]",
            CredentialsErrorCode.ParseError => "[Parse error]",
            _ => "[No credentials]",
        },
        UsageErrorKind.Timeout => "[Timeout]",
        UsageErrorKind.RateLimited => "[Rate limited]",
        UsageErrorKind.NetworkError => "[Network error]",
        UsageErrorKind.ParseError => "[Parse error]",
        UsageErrorKind.Unauthorized => "[Unauthorized]",
        UsageErrorKind.Forbidden => "[Forbidden]",
        _ => JsonlCode is JsonlErrorCode.NoEntries or JsonlErrorCode.DirectoryMissing ? "[No data]" : "[Parse error]",
    };

    /// <summary>True for 401 and 403: never serve stale, clear the cache (docs/spec/usage-endpoint.md#401-and-403).</summary>
    public bool IsAuthFailure => Kind is UsageErrorKind.Unauthorized or UsageErrorKind.Forbidden;

    /// <summary>
    /// <c>code_to_error</c>: rebuilds an error from a stored tag (docs/spec/usage-cascade.md#error-codes). Unknown, credential and JSONL
    /// tags (and the docs' <c>"rate-limited"</c>) become NetworkError; a stored RateLimited has no value.
    /// </summary>
    public static UsageError FromCode(string? code) => code switch
    {
        "NoCredentials" => NoCredentials,
        "Timeout" => Timeout,
        "Unauthorized" => Unauthorized,
        "Forbidden" => Forbidden,
        "ParseError" => ParseError,
        "RateLimited" => RateLimited(null),
        _ => NetworkError,
    };

    public override string ToString() => Detail is null ? $"{QualifiedCode}: {Display}" : $"{QualifiedCode}: {Display} ({Detail})";
}
