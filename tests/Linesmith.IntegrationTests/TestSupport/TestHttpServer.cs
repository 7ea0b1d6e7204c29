using System.Collections.Concurrent;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 for the integration tests: counts and records requests,
/// answers whatever <see cref="Reply"/> says, and can hold every response until the test releases
/// it (<see cref="Hold"/>/<see cref="Release"/>), so that "the client was still waiting" is a fact the
/// test controls rather than a timing guess. Every response closes its connection.
/// </summary>
internal sealed class TestHttpServer : IDisposable
{
    private readonly LoopbackListener _listener;
    private readonly SemaphoreSlim _arrivals = new(0);
    private TaskCompletionSource _gate = Open();
    private int _count;

    private readonly X509Certificate2? _certificate;

    /// <param name="certificate">When given, every connection is TLS with this certificate and <see cref="BaseUrl"/> is https.</param>
    public TestHttpServer(X509Certificate2? certificate = null)
    {
        _certificate = certificate;
        _listener = new LoopbackListener(Serve, backlog: 200);
        BaseUrl = $"{(certificate is null ? "http" : "https")}://127.0.0.1:{_listener.Port}";
    }

    public string BaseUrl { get; }

    public int RequestCount => Volatile.Read(ref _count);

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public Func<RecordedRequest, ServerReply> Reply { get; set; } = _ => ServerReply.Usage();

    /// <summary>Added before each response (after any hold).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>From now on, responses wait until <see cref="Release"/>.</summary>
    public void Hold() => _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    /// <summary>Waits until a request has arrived (one per call), or throws after <paramref name="timeout"/>.</summary>
    public void WaitForRequest(TimeSpan timeout)
    {
        if (!_arrivals.Wait(timeout))
        {
            throw new TimeoutException($"no request reached the test server within {timeout}");
        }
    }

    public void Dispose()
    {
        _gate.TrySetResult();
        _listener.Dispose();
    }

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                Stream stream = client.GetStream();
                if (_certificate is not null)
                {
                    var tls = new SslStream(stream);
                    await tls.AuthenticateAsServerAsync(_certificate).ConfigureAwait(false);
                    stream = tls;
                }

                var request = await ReadRequest(stream).ConfigureAwait(false);
                if (request is null)
                {
                    return;
                }

                Requests.Enqueue(request);
                Interlocked.Increment(ref _count);
                _arrivals.Release();
                await _gate.Task.WaitAsync(_listener.Stopping).ConfigureAwait(false);
                if (Delay > TimeSpan.Zero)
                {
                    await Task.Delay(Delay, _listener.Stopping).ConfigureAwait(false);
                }

                var reply = Reply(request);
                var body = Encoding.UTF8.GetBytes(reply.Body);
                var head = new StringBuilder()
                    .Append(FormattableString.Invariant($"HTTP/1.1 {reply.Status} Status\r\n"))
                    .Append(FormattableString.Invariant($"Content-Length: {body.Length}\r\nConnection: close\r\n"));
                foreach (var (name, value) in reply.Headers ?? new Dictionary<string, string>())
                {
                    head.Append(name).Append(": ").Append(value).Append("\r\n");
                }

                head.Append("\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _listener.Stopping).ConfigureAwait(false);
                if (reply.ResetAfterBodyBytes is { } cut)
                {
                    await stream.WriteAsync(body.AsMemory(0, Math.Min(cut, body.Length)), _listener.Stopping).ConfigureAwait(false);
                    await stream.FlushAsync(_listener.Stopping).ConfigureAwait(false);
                    // Linger 0 turns the close into a TCP reset: the client sees a connection reset mid-body.
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Client.Close();
                    return;
                }

                if (reply.TricklePerByte is { } interval)
                {
                    for (var i = 0; i < body.Length; i++)
                    {
                        await stream.WriteAsync(body.AsMemory(i, 1), _listener.Stopping).ConfigureAwait(false);
                        await Task.Delay(interval, _listener.Stopping).ConfigureAwait(false);
                    }

                    return;
                }

                await stream.WriteAsync(body, _listener.Stopping).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or AuthenticationException)
            {
                // The client went away (killed, timed out) or the server is stopping.
            }
        }
    }

    private static async Task<RecordedRequest?> ReadRequest(Stream stream)
    {
        var buffer = new byte[16 * 1024];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total)).ConfigureAwait(false);
            if (read == 0)
            {
                return null;
            }

            total += read;
            var text = Encoding.ASCII.GetString(buffer, 0, total);
            var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            if (end < 0)
            {
                continue;
            }

            var lines = text[..end].Split("\r\n");
            var parts = lines[0].Split(' ');
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var line in lines.Skip(1))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
            }

            return new RecordedRequest(parts[0], parts.Length > 1 ? parts[1] : string.Empty, headers);
        }

        return null;
    }
}
