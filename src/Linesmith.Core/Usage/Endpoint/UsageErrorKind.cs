namespace Linesmith.Usage.Endpoint;

/// <summary>The variants of <c>UsageError</c> (docs/spec/usage-cascade.md#error-codes); the names are the <c>code()</c> tags.</summary>
internal enum UsageErrorKind
{
    NoCredentials,
    Credentials,
    Timeout,
    RateLimited,
    NetworkError,
    ParseError,
    Unauthorized,
    Forbidden,
    Jsonl,
}
