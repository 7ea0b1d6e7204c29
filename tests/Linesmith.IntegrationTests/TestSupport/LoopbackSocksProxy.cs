using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A SOCKS proxy on 127.0.0.1 speaking SOCKS4, SOCKS4a and SOCKS5 (no authentication, or
/// username/password when <see cref="RequiredUser"/> is set, RFC 1928/1929). It records each request
/// and relays to the target; <see cref="FailWith"/> makes SOCKS5 answer that reply code instead.
/// </summary>
internal sealed class LoopbackSocksProxy : IDisposable
{
    private readonly LoopbackListener _listener;

    public LoopbackSocksProxy()
    {
        _listener = new LoopbackListener(Serve);
        Port = _listener.Port;
    }

    public int Port { get; }

    /// <summary>When set, SOCKS5 clients must authenticate with this user and <see cref="RequiredPassword"/>.</summary>
    public string? RequiredUser { get; set; }

    public string? RequiredPassword { get; set; }

    /// <summary>When set, SOCKS5 CONNECT is answered with this reply code.</summary>
    public byte? FailWith { get; set; }

    public ConcurrentQueue<SocksRequest> Requests { get; } = new();

    public void Dispose()
    {
        _listener.Dispose();
    }

    private async Task Serve(TcpClient client)
    {
        try
        {
            var stream = client.GetStream();
            var version = (await Read(stream, 1).ConfigureAwait(false))[0];
            var request = version == 5 ? await Socks5(stream).ConfigureAwait(false) : await Socks4(stream).ConfigureAwait(false);
            if (request is null)
            {
                client.Dispose();
                return;
            }

            Requests.Enqueue(request);
            if (version == 5 && FailWith is { } code)
            {
                await stream.WriteAsync(new byte[] { 5, code, 0, 1, 0, 0, 0, 0, 0, 0 }, _listener.Stopping).ConfigureAwait(false);
                client.Dispose();
                return;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(request.Host, request.Port, _listener.Stopping).ConfigureAwait(false);
            byte[] granted = version == 5 ? [5, 0, 0, 1, 127, 0, 0, 1, 0, 0] : [0, 90, 0, 0, 0, 0, 0, 0];
            await stream.WriteAsync(granted, _listener.Stopping).ConfigureAwait(false);
            await Loopback.RelayAsync(client, client.GetStream(), upstream, _listener.Stopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            client.Dispose();
        }
    }

    private async Task<SocksRequest?> Socks5(NetworkStream stream)
    {
        var methods = await Read(stream, (await Read(stream, 1).ConfigureAwait(false))[0]).ConfigureAwait(false);
        string? user = null;
        string? password = null;
        if (RequiredUser is not null)
        {
            if (!methods.Contains((byte)2))
            {
                await stream.WriteAsync(new byte[] { 5, 0xFF }, _listener.Stopping).ConfigureAwait(false);
                return null;
            }

            await stream.WriteAsync(new byte[] { 5, 2 }, _listener.Stopping).ConfigureAwait(false);
            await Read(stream, 1).ConfigureAwait(false);
            user = Encoding.UTF8.GetString(await Read(stream, (await Read(stream, 1).ConfigureAwait(false))[0]).ConfigureAwait(false));
            password = Encoding.UTF8.GetString(await Read(stream, (await Read(stream, 1).ConfigureAwait(false))[0]).ConfigureAwait(false));
            var ok = user == RequiredUser && password == RequiredPassword;
            await stream.WriteAsync(new byte[] { 1, ok ? (byte)0 : (byte)1 }, _listener.Stopping).ConfigureAwait(false);
            if (!ok)
            {
                return null;
            }
        }
        else
        {
            await stream.WriteAsync(new byte[] { 5, 0 }, _listener.Stopping).ConfigureAwait(false);
        }

        var head = await Read(stream, 4).ConfigureAwait(false);
        string host;
        var byName = head[3] == 3;
        host = head[3] switch
        {
            1 => new IPAddress(await Read(stream, 4).ConfigureAwait(false)).ToString(),
            4 => new IPAddress(await Read(stream, 16).ConfigureAwait(false)).ToString(),
            _ => Encoding.ASCII.GetString(await Read(stream, (await Read(stream, 1).ConfigureAwait(false))[0]).ConfigureAwait(false)),
        };
        var port = await Read(stream, 2).ConfigureAwait(false);
        return new SocksRequest(5, host, (port[0] << 8) | port[1], byName, user, password);
    }

    private async Task<SocksRequest> Socks4(NetworkStream stream)
    {
        var head = await Read(stream, 7).ConfigureAwait(false);
        var port = (head[1] << 8) | head[2];
        var user = await ReadNulTerminated(stream).ConfigureAwait(false);
        // SOCKS4a: 0.0.0.x with x != 0 says a host name follows the user id.
        if (head[3] == 0 && head[4] == 0 && head[5] == 0 && head[6] != 0)
        {
            return new SocksRequest(4, await ReadNulTerminated(stream).ConfigureAwait(false), port, true, user, null);
        }

        return new SocksRequest(4, new IPAddress(head.AsSpan(3, 4)).ToString(), port, false, user, null);
    }

    private async Task<string> ReadNulTerminated(NetworkStream stream)
    {
        var text = new StringBuilder();
        while ((await Read(stream, 1).ConfigureAwait(false))[0] is var b && b != 0)
        {
            text.Append((char)b);
        }

        return text.ToString();
    }

    private async Task<byte[]> Read(NetworkStream stream, int count)
    {
        var buffer = new byte[count];
        await stream.ReadExactlyAsync(buffer, _listener.Stopping).ConfigureAwait(false);
        return buffer;
    }
}
