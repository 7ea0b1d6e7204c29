namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The endpoint's own failures (docs/spec/usage-endpoint.md#status-mapping); the names are the <c>code()</c> tags of
/// docs/spec/usage-cascade.md#error-codes that <c>usage.lock</c> stores.
/// </summary>
internal enum EndpointErrorKind
{
    Timeout,
    RateLimited,
    NetworkError,
    ParseError,
    Unauthorized,
    Forbidden,
}
