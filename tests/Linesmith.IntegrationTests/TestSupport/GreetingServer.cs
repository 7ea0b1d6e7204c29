using System.Net;
using System.Net.Sockets;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A listener on 127.0.0.1 that, on each connection, waits for the client's first bytes, records the
/// first one, answers fixed bytes and closes: where a TLS client expects a ServerHello after its
/// ClientHello (first byte 0x16, a handshake record) it gets plain text.
/// </summary>
internal sealed class GreetingServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private int _accepted;
    private int _firstByte = -1;

    public GreetingServer(byte[] greeting)
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = Task.Run(async () =>
        {
            try
            {
                while (true)
                {
                    using var client = await _listener.AcceptTcpClientAsync().ConfigureAwait(false);
                    Interlocked.Increment(ref _accepted);
                    var first = new byte[1];
                    if (await client.GetStream().ReadAsync(first).ConfigureAwait(false) == 1)
                    {
                        Volatile.Write(ref _firstByte, first[0]);
                    }

                    await client.GetStream().WriteAsync(greeting).ConfigureAwait(false);
                }
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or IOException)
            {
                // Stopped by the test.
            }
        });
    }

    public int Port { get; }

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>The first byte the last client sent, or -1.</summary>
    public int FirstByte => Volatile.Read(ref _firstByte);

    public void Dispose() => _listener.Stop();
}
