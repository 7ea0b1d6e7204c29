using System.Globalization;
using System.Text;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The request head (docs/spec/usage-endpoint.md#transport): <c>GET</c> with exactly the headers the caller
/// gives (the usage request's three, <c>TransportRequest.Headers</c>), plus <c>Host</c> and
/// <c>Connection: close</c> that HTTP/1.1 framing needs. No Accept-Encoding: the body is never
/// compressed, so nothing here decompresses. It knows HTTP, not the usage endpoint (ARCHITECTURE.md: the fenced code depends on Platform only).
/// </summary>
internal static class RequestWriter
{
    /// <param name="url">What to get.</param>
    /// <param name="headers">The request's own headers, in order; each value is checked for control characters.</param>
    /// <param name="absoluteForm">True when sent to an http proxy that forwards it (RFC 9112 §3.2.2).</param>
    /// <param name="proxyAuthorization">The <c>Proxy-Authorization</c> value for such a proxy, or null.</param>
    public static byte[] Build(Uri url, IReadOnlyList<KeyValuePair<string, string>> headers, bool absoluteForm, string? proxyAuthorization)
    {
        var authority = HostHeader(url);
        var target = absoluteForm ? $"{url.Scheme}://{authority}{url.PathAndQuery}" : url.PathAndQuery;
        var head = new StringBuilder()
            .Append("GET ").Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(authority).Append("\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(name).Append(": ").Append(Checked(value)).Append("\r\n");
        }

        if (proxyAuthorization is not null)
        {
            head.Append("Proxy-Authorization: ").Append(proxyAuthorization).Append("\r\n");
        }

        head.Append("Connection: close\r\n\r\n");
        return Encoding.UTF8.GetBytes(head.ToString());
    }

    /// <summary>The Host value: the ASCII host, IPv6 in brackets, and the port unless it is the scheme's default.</summary>
    public static string HostHeader(Uri url)
    {
        var host = url.HostNameType == UriHostNameType.IPv6 ? $"[{url.IdnHost.Trim('[', ']')}]" : url.IdnHost;
        return url.IsDefaultPort ? host : string.Create(CultureInfo.InvariantCulture, $"{host}:{url.Port}");
    }

    // A line break in a value would let it write further headers (header injection); the message
    // does not quote the value, which may be the token.
    private static string Checked(string value) =>
        value.AsSpan().IndexOfAnyInRange('\0', '\u001f') >= 0 || value.Contains('\u007f', StringComparison.Ordinal)
            ? throw new HttpWireException("a request header value contains a control character")
            : value;
}
