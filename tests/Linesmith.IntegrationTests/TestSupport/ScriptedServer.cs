using System.Collections.Concurrent;
using System.Net.Sockets;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A raw TCP server on 127.0.0.1 for framing tests: reads the request head, records it verbatim,
/// then lets <see cref="Script"/> write whatever bytes it likes (broken status lines, chunks, 1xx
/// responses, a trickle). The connection closes when the script returns.
/// </summary>
internal sealed class ScriptedServer : IDisposable
{
    private readonly LoopbackListener _listener;

    public ScriptedServer(Func<Stream, CancellationToken, Task> script)
    {
        Script = script;
        _listener = new LoopbackListener(Serve);
        Port = _listener.Port;
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    public Func<Stream, CancellationToken, Task> Script { get; }

    /// <summary>Every request head received, verbatim (request line, header lines, the empty line).</summary>
    public ConcurrentQueue<string> Heads { get; } = new();

    /// <summary>A script that writes <paramref name="response"/> (ASCII, or Latin-1 for bytes above 0x7F) and closes.</summary>
    public static ScriptedServer Answering(string response) =>
        new(async (stream, token) => await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(response), token).ConfigureAwait(false));

    public void Dispose()
    {
        _listener.Dispose();
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                if (await Loopback.ReadHeadAsync(stream, _listener.Stopping).ConfigureAwait(false) is not { } head)
                {
                    return;
                }

                Heads.Enqueue(head);
                await Script(stream, _listener.Stopping).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
                // The client gave up (deadline) or the server is stopping.
            }
        }
    }
}
