namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The proxy refused or failed the tunnel: a non-2xx answer to CONNECT, a SOCKS error code, a
/// rejected password. An <see cref="IOException"/>, reported as a transport failure (docs/spec/usage-endpoint.md#transport).
/// </summary>
internal sealed class ProxyException(string message) : IOException(message);
