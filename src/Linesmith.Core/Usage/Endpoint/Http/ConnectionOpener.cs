using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// Connects the caller's socket to the target or its proxy (docs/spec/usage-endpoint.md#transport) and layers what
/// the route needs: TLS to an https proxy, CONNECT or a SOCKS handshake, then TLS to an https
/// target with SNI and the system's certificate validation (a bad certificate fails the request),
/// or the roots <see cref="Platform.TrustedRoots"/> chose when the system has none. The caller owns the socket, so it can close it when the deadline passes at any step.
/// </summary>
internal static class ConnectionOpener
{
    private const int SocksPort = 1080;

    public static async Task<OpenedConnection> OpenAsync(Socket socket, Uri target, Uri? proxy, X509ChainPolicy? roots, CancellationToken token)
    {
        var https = target.Scheme == Uri.UriSchemeHttps;
        var destination = HostPort.Of(target, https ? 443 : 80);
        if (proxy is null)
        {
            var direct = await ConnectAsync(socket, destination, token).ConfigureAwait(false);
            return new OpenedConnection(https ? await TlsAsync(direct, destination.Host, roots, token).ConfigureAwait(false) : direct, false, null);
        }

        var credentials = ProxyCredentials.Of(proxy);
        Stream stream;
        switch (proxy.Scheme)
        {
            case "http" or "https":
                var hop = HostPort.Of(proxy, proxy.Scheme == "https" ? 443 : 80);
                stream = await ConnectAsync(socket, hop, token).ConfigureAwait(false);
                if (proxy.Scheme == "https")
                {
                    stream = await TlsAsync(stream, hop.Host, roots, token).ConfigureAwait(false);
                }

                if (!https)
                {
                    // A plain target goes through the proxy as a forwarded request; no tunnel needed.
                    return new OpenedConnection(stream, true, credentials?.BasicHeaderValue);
                }

                await ProxyTunnel.OpenAsync(stream, destination, credentials, token).ConfigureAwait(false);
                break;
            case "socks5" or "socks5h":
                stream = await ConnectAsync(socket, HostPort.Of(proxy, SocksPort), token).ConfigureAwait(false);
                await SocksHandshake.Socks5Async(stream, destination, credentials, token).ConfigureAwait(false);
                break;
            case "socks4" or "socks4a":
                stream = await ConnectAsync(socket, HostPort.Of(proxy, SocksPort), token).ConfigureAwait(false);
                await SocksHandshake.Socks4Async(stream, destination, proxy.Scheme == "socks4a", credentials, token).ConfigureAwait(false);
                break;
            default:
                throw new ProxyException($"unsupported proxy scheme {proxy.Scheme}");
        }

        return new OpenedConnection(https ? await TlsAsync(stream, destination.Host, roots, token).ConfigureAwait(false) : stream, false, null);
    }

    // DNS and connect in one step; the socket tries each address the name resolves to.
    private static async Task<Stream> ConnectAsync(Socket socket, HostPort endpoint, CancellationToken token)
    {
        await socket.ConnectAsync(endpoint.Host, endpoint.Port, token).ConfigureAwait(false);
        return new NetworkStream(socket, ownsSocket: false);
    }

    private static async Task<Stream> TlsAsync(Stream inner, string host, X509ChainPolicy? roots, CancellationToken token)
    {
        var tls = new SslStream(inner, leaveInnerStreamOpen: false);
        try
        {
            var options = new SslClientAuthenticationOptions { TargetHost = host, CertificateChainPolicy = roots };
            await tls.AuthenticateAsClientAsync(options, token).ConfigureAwait(false);
            return tls;
        }
        catch
        {
            await tls.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
