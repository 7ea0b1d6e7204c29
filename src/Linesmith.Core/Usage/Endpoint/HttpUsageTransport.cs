using System.Net;
using System.Net.Http.Headers;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The real transport on <see cref="SocketsHttpHandler"/> (usage-cache.md §3.1): one deadline covers
/// connect, send and the body read; redirects are never followed, so the bearer token cannot be
/// carried to another host; the body is read up to 64 KiB + 1 byte and flagged when larger.
/// </summary>
internal sealed class HttpUsageTransport(EnvironmentSnapshot environment, Log log) : IUsageTransport
{
    public TransportOutcome Send(TransportRequest request) => SendAsync(request).GetAwaiter().GetResult();

    private async Task<TransportOutcome> SendAsync(TransportRequest request)
    {
        var proxy = EnvironmentProxy.FromEnvironment(environment, log);
        using var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = proxy is not null,
            Proxy = proxy,
            ConnectTimeout = request.Timeout,
            AutomaticDecompression = DecompressionMethods.None,
        };
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = new CancellationTokenSource(request.Timeout);
        using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
        message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", request.Token);
        message.Headers.TryAddWithoutValidation("anthropic-beta", UsageClient.BetaHeader);
        message.Headers.TryAddWithoutValidation("User-Agent", request.UserAgent);
        try
        {
            using var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, deadline.Token).ConfigureAwait(false);
            var retryAfter = response.Headers.TryGetValues("Retry-After", out var values) ? RetryAfterText(values) : null;
            await using var stream = await response.Content.ReadAsStreamAsync(deadline.Token).ConfigureAwait(false);
            var (body, tooLarge) = await ReadCapped(stream, UsageApiParser.MaxBodyBytes, deadline.Token).ConfigureAwait(false);
            return TransportOutcome.Response((int)response.StatusCode, body, retryAfter, tooLarge);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return TransportOutcome.Timeout();
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or InvalidOperationException or NotSupportedException)
        {
            // The messages name the host and the socket error; they never contain request headers.
            return TransportOutcome.Failed($"{exception.GetType().Name}: {exception.Message}");
        }
    }

    // §3.1: read verbatim; a value with non-ASCII bytes counts as absent.
    private static string? RetryAfterText(IEnumerable<string> values)
    {
        var text = string.Join(",", values);
        return text.All(char.IsAscii) ? text : null;
    }

    private static async Task<(byte[] Body, bool TooLarge)> ReadCapped(Stream stream, int maxBytes, CancellationToken token)
    {
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        while (total < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(total), token).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer[..total], false);
            }

            total += read;
        }

        return ([], true);
    }
}
