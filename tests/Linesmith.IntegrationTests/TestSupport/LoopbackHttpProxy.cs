using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// An http proxy on 127.0.0.1: records each request head it receives; answers CONNECT with 200 and
/// relays bytes to the named host:port, and forwards an absolute-form request to the host in its
/// URL. With <see cref="Refuse"/> set, it answers every request with that status instead.
/// </summary>
internal sealed class LoopbackHttpProxy : IDisposable
{
    private readonly LoopbackListener _listener;
    private int _connections;

    private readonly X509Certificate2? _certificate;

    /// <param name="certificate">When given, clients reach the proxy over TLS (an https proxy URL).</param>
    public LoopbackHttpProxy(X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        _listener = new LoopbackListener(Serve);
        Port = _listener.Port;
        Url = $"{(certificate is null ? "http" : "https")}://127.0.0.1:{Port}";
    }

    public int Port { get; }

    public string Url { get; }

    /// <summary>When set, every request is answered with this status and no tunnel.</summary>
    public int? Refuse { get; set; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Every request head received, verbatim.</summary>
    public ConcurrentQueue<string> Heads { get; } = new();

    public void Dispose()
    {
        _listener.Dispose();
    }

    private async Task Serve(TcpClient client)
    {
        Interlocked.Increment(ref _connections);
        try
        {
            Stream stream = client.GetStream();
            if (_certificate is not null)
            {
                var tls = new SslStream(stream);
                await tls.AuthenticateAsServerAsync(_certificate).ConfigureAwait(false);
                stream = tls;
            }

            if (await Loopback.ReadHeadAsync(stream, _listener.Stopping).ConfigureAwait(false) is not { } head)
            {
                client.Dispose();
                return;
            }

            Heads.Enqueue(head);
            var parts = head[..head.IndexOf("\r\n", StringComparison.Ordinal)].Split(' ');
            if (Refuse is { } status)
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.1 {status} Refused\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"), _listener.Stopping).ConfigureAwait(false);
                client.Dispose();
                return;
            }

            if (parts[0] == "CONNECT")
            {
                var target = await Connect(parts[1]).ConfigureAwait(false);
                await stream.WriteAsync("HTTP/1.1 200 Connection established\r\n\r\n"u8.ToArray(), _listener.Stopping).ConfigureAwait(false);
                await Loopback.RelayAsync(client, stream, target, _listener.Stopping).ConfigureAwait(false);
                return;
            }

            // Absolute form: forward the head unchanged to the origin, then relay.
            var origin = new Uri(parts[1]);
            var upstream = await Connect(origin.Authority).ConfigureAwait(false);
            await upstream.GetStream().WriteAsync(Encoding.ASCII.GetBytes(head), _listener.Stopping).ConfigureAwait(false);
            await Loopback.RelayAsync(client, stream, upstream, _listener.Stopping).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or AuthenticationException)
        {
            client.Dispose();
        }
    }

    private async Task<TcpClient> Connect(string authority)
    {
        var colon = authority.LastIndexOf(':');
        var upstream = new TcpClient();
        await upstream.ConnectAsync(authority[..colon].Trim('[', ']'), int.Parse(authority[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture), _listener.Stopping).ConfigureAwait(false);
        return upstream;
    }
}
