using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Linesmith.Diagnostics;
using Linesmith.Platform;
using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The real transport (docs/spec/usage-endpoint.md#transport): a small HTTP/1.1 client on a socket and
/// <see cref="System.Net.Security.SslStream"/>, because HttpClient costs ~1.1 MB of the AOT binary
/// for features a single GET does not use. One deadline covers DNS, connect, proxy handshake, TLS,
/// send and the reading of head and body; redirects are never followed, so the bearer token cannot
/// be carried to another host; the body is read up to 64 KiB + 1 byte and flagged when larger.
/// </summary>
internal sealed class HttpUsageTransport(EnvironmentSnapshot environment, Log log) : IUsageTransport
{
    public TransportOutcome Send(TransportRequest request)
    {
        var proxy = EnvironmentProxy.FromEnvironment(environment, log)?.GetProxy(request.Url);
        using var deadline = new CancellationTokenSource(request.Timeout);
        try
        {
            // WaitAsync is the hard stop: even a step that ignores the token (a stuck DNS lookup)
            // cannot hold the run past the deadline.
            var roots = request.Url.Scheme == Uri.UriSchemeHttps || proxy?.Scheme == Uri.UriSchemeHttps ? TrustedRoots.PolicyFor(environment) : null;
            return ExchangeAsync(request, proxy, roots, deadline.Token).WaitAsync(deadline.Token).GetAwaiter().GetResult();
        }
        catch (Exception) when (deadline.IsCancellationRequested)
        {
            return TransportOutcome.Timeout();
        }
        catch (Exception exception) when (exception is SocketException or IOException or AuthenticationException or ArgumentException)
        {
            // The messages name the host, the socket error or the protocol fault; never request headers.
            return TransportOutcome.Failed($"{exception.GetType().Name}: {exception.Message}");
        }
        catch (CryptographicException exception)
        {
            return TransportOutcome.Failed(TlsFailure.Describe(exception, OperatingSystem.IsLinux(), File.Exists));
        }
    }

    private static async Task<TransportOutcome> ExchangeAsync(TransportRequest request, Uri? proxy, X509ChainPolicy? roots, CancellationToken token)
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        // Closing the socket ends whatever read, write or handshake is in flight at the deadline.
        await using var closeAtDeadline = token.Register(socket.Dispose).ConfigureAwait(false);
        var connection = await ConnectionOpener.OpenAsync(socket, request.Url, proxy, roots, token).ConfigureAwait(false);
        await using (connection.Stream.ConfigureAwait(false))
        {
            var head = RequestWriter.Build(request.Url, request.Headers, connection.AbsoluteForm, connection.ProxyAuthorization);
            await connection.Stream.WriteAsync(head, token).ConfigureAwait(false);
            await connection.Stream.FlushAsync(token).ConfigureAwait(false);

            var reader = new WireReader(connection.Stream, token);
            var response = await ResponseHead.ReadAsync(reader).ConfigureAwait(false);
            var body = await BodyReader.ReadAsync(reader, response, UsageApiParser.MaxBodyBytes).ConfigureAwait(false);
            return TransportOutcome.Response(response.Status.Code, body.Bytes, RetryAfterText(response.Headers), body.TooLarge);
        }
    }

    // docs/spec/usage-endpoint.md#transport: read verbatim, several fields joined by ","; a value with non-ASCII bytes counts as absent.
    private static string? RetryAfterText(HeaderBlock headers) =>
        headers.Joined("Retry-After") is { } text && text.All(char.IsAscii) ? text : null;
}
