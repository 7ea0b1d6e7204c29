using System.Text;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// <c>CONNECT host:port</c> through an http(s) proxy (RFC 9110 §9.3.6): after a 2xx answer the
/// connection is a byte tunnel to the target, and TLS to the target runs inside it.
/// </summary>
internal static class ProxyTunnel
{
    public static async Task OpenAsync(Stream proxy, HostPort target, ProxyCredentials? credentials, CancellationToken token)
    {
        var authority = target.Authority;
        var request = new StringBuilder()
            .Append("CONNECT ").Append(authority).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(authority).Append("\r\n");
        if (credentials is not null)
        {
            request.Append("Proxy-Authorization: ").Append(credentials.BasicHeaderValue).Append("\r\n");
        }

        request.Append("\r\n");
        await proxy.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), token).ConfigureAwait(false);
        await proxy.FlushAsync(token).ConfigureAwait(false);

        var reader = new WireReader(proxy, token);
        var head = await ResponseHead.ReadAsync(reader).ConfigureAwait(false);
        if (head.Status.Code is < 200 or >= 300)
        {
            throw new ProxyException($"proxy answered CONNECT with HTTP {head.Status.Code}");
        }

        // TLS speaks first from our side, so a proxy that already sent more bytes is not a clean
        // tunnel; those bytes would also be lost to the TLS layer.
        if (reader.Buffered > 0)
        {
            throw new ProxyException("proxy sent data after its CONNECT answer");
        }
    }
}
