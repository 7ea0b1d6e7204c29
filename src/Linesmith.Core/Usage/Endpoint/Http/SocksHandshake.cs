using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The SOCKS handshakes for the proxy variables of docs/spec/usage-endpoint.md#transport: SOCKS5 with no
/// authentication or username/password (RFC 1928, RFC 1929), and SOCKS4 / SOCKS4a. Host names go to
/// the proxy for socks5, socks5h and socks4a; socks4 can only carry an IPv4 address, so it resolves
/// locally. After the handshake the stream is a tunnel to the target.
/// </summary>
internal static class SocksHandshake
{
    private const byte Socks5 = 5;
    private const byte NoAuthentication = 0;
    private const byte UserPassword = 2;
    private const byte NoAcceptableMethod = 0xFF;
    private const byte Connect = 1;

    public static async Task Socks5Async(Stream stream, HostPort target, ProxyCredentials? credentials, CancellationToken token)
    {
        byte[] greeting = credentials is null ? [Socks5, 1, NoAuthentication] : [Socks5, 2, NoAuthentication, UserPassword];
        await stream.WriteAsync(greeting, token).ConfigureAwait(false);
        var choice = await ReadAsync(stream, 2, token).ConfigureAwait(false);
        if (choice[0] != Socks5)
        {
            throw new ProxyException("SOCKS5 proxy sent an invalid reply");
        }

        switch (choice[1])
        {
            case NoAuthentication:
                break;
            case UserPassword when credentials is not null:
                await AuthenticateAsync(stream, credentials, token).ConfigureAwait(false);
                break;
            case NoAcceptableMethod:
                throw new ProxyException("SOCKS5 proxy accepts none of the offered authentication methods");
            default:
                throw new ProxyException("SOCKS5 proxy chose an authentication method that was not offered");
        }

        await stream.WriteAsync(ConnectRequest(target), token).ConfigureAwait(false);
        var reply = await ReadAsync(stream, 4, token).ConfigureAwait(false);
        if (reply[0] != Socks5)
        {
            throw new ProxyException("SOCKS5 proxy sent an invalid reply");
        }

        if (reply[1] != 0)
        {
            throw new ProxyException($"SOCKS5 proxy could not connect: {Socks5Error(reply[1])}");
        }

        // The bound address the proxy reports: read and dropped, so the tunnel starts clean.
        var addressLength = reply[3] switch
        {
            1 => 4,
            4 => 16,
            3 => (await ReadAsync(stream, 1, token).ConfigureAwait(false))[0],
            _ => throw new ProxyException("SOCKS5 proxy sent an invalid reply"),
        };
        await ReadAsync(stream, addressLength + 2, token).ConfigureAwait(false);
    }

    public static async Task Socks4Async(Stream stream, HostPort target, bool sendHostName, ProxyCredentials? credentials, CancellationToken token)
    {
        var request = new MemoryStream();
        request.Write([4, Connect, (byte)(target.Port >> 8), (byte)target.Port]);
        byte[]? hostName = null;
        if (IPAddress.TryParse(target.Host, out var literal) && literal.AddressFamily == AddressFamily.InterNetwork)
        {
            request.Write(literal.GetAddressBytes());
        }
        else if (sendHostName)
        {
            // SOCKS4a: the invalid address 0.0.0.1 says "the host name follows the user id".
            request.Write([0, 0, 0, 1]);
            hostName = Encoding.ASCII.GetBytes(target.Host);
        }
        else
        {
            var addresses = await Dns.GetHostAddressesAsync(target.Host, AddressFamily.InterNetwork, token).ConfigureAwait(false);
            request.Write((addresses.FirstOrDefault() ?? throw new ProxyException("SOCKS4 needs an IPv4 address for the target")).GetAddressBytes());
        }

        request.Write(Encoding.UTF8.GetBytes(credentials?.User ?? string.Empty));
        request.WriteByte(0);
        if (hostName is not null)
        {
            request.Write(hostName);
            request.WriteByte(0);
        }

        await stream.WriteAsync(request.ToArray(), token).ConfigureAwait(false);
        var reply = await ReadAsync(stream, 8, token).ConfigureAwait(false);
        if (reply[0] != 0)
        {
            throw new ProxyException("SOCKS4 proxy sent an invalid reply");
        }

        if (reply[1] != 90)
        {
            throw new ProxyException($"SOCKS4 proxy refused the connection (code {reply[1]})");
        }
    }

    // RFC 1929: version 1, then length-prefixed user name and password (1..255 bytes each).
    private static async Task AuthenticateAsync(Stream stream, ProxyCredentials credentials, CancellationToken token)
    {
        var user = Encoding.UTF8.GetBytes(credentials.User);
        var password = Encoding.UTF8.GetBytes(credentials.Password);
        if (user.Length is 0 or > 255 || password.Length > 255)
        {
            throw new ProxyException("SOCKS5 user name or password is empty or longer than 255 bytes");
        }

        await stream.WriteAsync((byte[])[1, (byte)user.Length, .. user, (byte)password.Length, .. password], token).ConfigureAwait(false);
        var status = await ReadAsync(stream, 2, token).ConfigureAwait(false);
        if (status[1] != 0)
        {
            throw new ProxyException("SOCKS5 proxy rejected the user name or password");
        }
    }

    private static byte[] ConnectRequest(HostPort target)
    {
        byte[] address;
        if (IPAddress.TryParse(target.Host, out var literal))
        {
            address = [literal.AddressFamily == AddressFamily.InterNetworkV6 ? (byte)4 : (byte)1, .. literal.GetAddressBytes()];
        }
        else
        {
            var name = Encoding.ASCII.GetBytes(target.Host);
            if (name.Length > 255)
            {
                throw new ProxyException("host name too long for SOCKS5");
            }

            address = [3, (byte)name.Length, .. name];
        }

        return [Socks5, Connect, 0, .. address, (byte)(target.Port >> 8), (byte)target.Port];
    }

    private static string Socks5Error(byte code) => code switch
    {
        1 => "general failure (1)",
        2 => "connection not allowed by ruleset (2)",
        3 => "network unreachable (3)",
        4 => "host unreachable (4)",
        5 => "connection refused (5)",
        6 => "TTL expired (6)",
        7 => "command not supported (7)",
        8 => "address type not supported (8)",
        _ => $"error {code}",
    };

    private static async Task<byte[]> ReadAsync(Stream stream, int count, CancellationToken token)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, token).ConfigureAwait(false);
        return buffer;
    }
}
