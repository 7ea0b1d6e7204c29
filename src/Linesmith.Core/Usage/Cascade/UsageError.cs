using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// Why the cascade has no endpoint data (docs/spec/usage-cascade.md#error-codes table): a value, never an exception.
/// One step's failure: the endpoint's <see cref="EndpointError"/>, a credentials error, or the JSONL fallback's code.
/// <see cref="Code"/> is the tag stored in <c>usage.lock</c> and <c>usage.json</c>; <see cref="Display"/>
/// is the docs/spec/usage-cascade.md#error-codes display text; <see cref="BracketText"/> is what a segment renders (docs/spec/rate-limit-segments.md).
/// <see cref="Detail"/> is extra context for the log and the <c>usage</c> command (never token bytes, docs/spec/usage-endpoint.md#status-mapping).
/// </summary>
internal sealed record UsageError
{
    private UsageError(UsageErrorKind kind, EndpointError? endpoint = null, CredentialsError? credentials = null, JsonlErrorCode? jsonl = null)
    {
        Kind = kind;
        Endpoint = endpoint;
        CredentialsError = credentials;
        JsonlCode = jsonl;
    }

    public UsageErrorKind Kind { get; }

    /// <summary>The endpoint's failure when <see cref="Kind"/> is <see cref="UsageErrorKind.Endpoint"/>.</summary>
    public EndpointError? Endpoint { get; }

    public CredentialsError? CredentialsError { get; }

    public JsonlErrorCode? JsonlCode { get; }

    public static UsageError NoCredentials { get; } = new(UsageErrorKind.NoCredentials);

    public TimeSpan? RetryAfter => Endpoint?.RetryAfter;

    public string? Detail => Endpoint?.Detail;

    public static UsageError FromEndpoint(EndpointError error) => new(UsageErrorKind.Endpoint, endpoint: error);

    public static UsageError FromCredentials(CredentialsError error) => error.Code == CredentialsErrorCode.NoCredentials
        ? NoCredentials
        : new UsageError(UsageErrorKind.Credentials, credentials: error);

    public static UsageError FromJsonl(JsonlErrorCode code) => new(UsageErrorKind.Jsonl, jsonl: code);

    /// <summary>The <c>code()</c> tag: the variant name (<c>RateLimited</c>, <c>Unauthorized</c>, <c>Credentials</c>, …).</summary>
    public string Code => Endpoint?.Code ?? Kind.ToString();

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
        UsageErrorKind.Endpoint => Endpoint!.Display,
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
        UsageErrorKind.Endpoint => Endpoint!.BracketText,
        _ => JsonlCode is JsonlErrorCode.NoEntries or JsonlErrorCode.DirectoryMissing ? "[No data]" : "[Parse error]",
    };

    /// <summary>
    /// <c>code_to_error</c>: rebuilds an error from a stored tag (docs/spec/usage-cascade.md#error-codes). Unknown, credential and JSONL
    /// tags (and the docs' <c>"rate-limited"</c>) become NetworkError; a stored RateLimited has no value.
    /// </summary>
    public static UsageError FromCode(string? code) => code switch
    {
        "NoCredentials" => NoCredentials,
        "Timeout" => FromEndpoint(EndpointError.Timeout),
        "Unauthorized" => FromEndpoint(EndpointError.Unauthorized),
        "Forbidden" => FromEndpoint(EndpointError.Forbidden),
        "ParseError" => FromEndpoint(EndpointError.ParseError),
        "RateLimited" => FromEndpoint(EndpointError.RateLimited(null)),
        _ => FromEndpoint(EndpointError.NetworkError),
    };

    public override string ToString() => Detail is null ? $"{QualifiedCode}: {Display}" : $"{QualifiedCode}: {Display} ({Detail})";
}
