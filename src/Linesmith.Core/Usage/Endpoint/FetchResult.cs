namespace Linesmith.Usage.Endpoint;

/// <summary>A fetch's outcome: the parsed response or the docs/spec/usage-endpoint.md#status-mapping error; exactly one is non-null.</summary>
internal sealed record FetchResult(UsageApiResponse? Response, EndpointError? Error);
