namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The peer broke HTTP/1.1 framing (status line, header, chunk) or a limit that keeps a run bounded.
/// An <see cref="IOException"/> so the transport reports it like any other broken connection; the
/// message is short and never quotes the request (it carries the token).
/// </summary>
internal sealed class HttpWireException(string message) : IOException(message);
