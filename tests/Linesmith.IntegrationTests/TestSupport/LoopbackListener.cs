using System.Net;
using System.Net.Sockets;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A TCP listener on 127.0.0.1 with an ephemeral port that hands every accepted connection to the
/// owner's handler, shared by the loopback servers and proxies. Disposing it stops accepting and
/// cancels <see cref="Stopping"/>, which the handlers pass to their reads and writes.
/// </summary>
internal sealed class LoopbackListener : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    public LoopbackListener(Func<TcpClient, Task> serve, int backlog = (int)SocketOptionName.MaxConnections)
    {
        Stopping = _stop.Token;
        _listener.Start(backlog);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptLoop(serve);
    }

    public int Port { get; }

    public CancellationToken Stopping { get; }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptLoop(Func<TcpClient, Task> serve)
    {
        while (!Stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(Stopping).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = serve(client);
        }
    }
}
