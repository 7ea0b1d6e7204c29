namespace Linesmith.Usage.Cascade;

/// <summary>
/// Which step of the cascade failed (docs/spec/usage-cascade.md#error-codes): no credentials at all, unusable
/// credentials, the endpoint (its own <c>EndpointErrorKind</c> says how), or the JSONL fallback.
/// </summary>
internal enum UsageErrorKind
{
    NoCredentials,
    Credentials,
    Endpoint,
    Jsonl,
}
