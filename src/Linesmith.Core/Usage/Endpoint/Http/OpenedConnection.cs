namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// A stream ready for the request: to the target (TLS when https), possibly through a tunnel; or to
/// an http proxy that forwards requests, which then need the absolute form (<see cref="AbsoluteForm"/>)
/// and the proxy's credentials (<see cref="ProxyAuthorization"/>).
/// </summary>
internal sealed record OpenedConnection(Stream Stream, bool AbsoluteForm, string? ProxyAuthorization);
