using System.Diagnostics;
using System.Text;
using Linesmith.Diagnostics;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Platform;
using Linesmith.Usage.Endpoint;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// The HTTP/1.1 client under <see cref="HttpUsageTransport"/> against raw loopback servers
/// (docs/spec/usage-endpoint.md#request): the request head on the wire, body framing (Content-Length, chunked, read
/// to close, no-body statuses), interim 1xx responses, broken responses that must fail, and limits
/// that keep a run bounded.
/// </summary>
public sealed class HttpFramingTests
{
    private const string Token = "sk-ant-oat01-FRAMING-SECRET";

    [Fact]
    public void The_request_head_is_a_get_with_host_the_three_headers_and_connection_close_only()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");

        Send(server.BaseUrl + "/api/oauth/usage?x=1");

        var head = Assert.Single(server.Heads);
        var lines = head.Split("\r\n");
        Assert.Equal("GET /api/oauth/usage?x=1 HTTP/1.1", lines[0]);
        Assert.Equal(
            [$"Host: 127.0.0.1:{server.Port}", $"Authorization: Bearer {Token}", "anthropic-beta: oauth-2025-04-20", "User-Agent: linesmith/0.1.0", "Connection: close"],
            lines[1..^2]);
        Assert.Equal(["", ""], lines[^2..]);
    }

    [Fact]
    public void A_content_length_body_is_read_to_its_length_and_no_further()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\n{\"a\":1}trailing garbage");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((200, "{\"a\":1}"), (outcome.Status, Text(outcome)));
    }

    [Fact]
    public void A_chunked_body_of_several_chunks_with_extensions_and_trailers_is_joined()
    {
        using var server = ScriptedServer.Answering(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
            "4;name=value\r\n{\"a\"\r\n" +
            "A \t; x ; y=\"q\"\r\n:[1,2,3,4]\r\n" +
            "1\r\n}\r\n" +
            "0;last\r\nX-Trailer: ignored\r\n\r\n");

        Assert.Equal("{\"a\":[1,2,3,4]}", Text(Send(server.BaseUrl)));
    }

    [Fact]
    public void A_chunked_body_arriving_one_byte_at_a_time_is_joined()
    {
        var response = Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
        using var server = new ScriptedServer(async (stream, token) =>
        {
            foreach (var b in response)
            {
                await stream.WriteAsync(new[] { b }, token);
                await stream.FlushAsync(token);
            }
        });

        Assert.Equal("abcde", Text(Send(server.BaseUrl)));
    }

    [Fact]
    public void A_body_without_length_or_chunking_is_read_until_the_server_closes()
    {
        using var server = ScriptedServer.Answering("HTTP/1.0 200 OK\r\nContent-Type: application/json\r\n\r\n{\"to\":\"close\"}");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((200, "{\"to\":\"close\"}"), (outcome.Status, Text(outcome)));
    }

    [Fact]
    public void Interim_1xx_responses_are_skipped()
    {
        using var server = ScriptedServer.Answering(
            "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </x>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\nRetry-After: 5\r\n\r\n{}");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((200, "{}", "5"), (outcome.Status, Text(outcome), outcome.RetryAfter));
    }

    [Fact]
    public void A_204_has_no_body_even_while_the_server_keeps_the_connection_open()
    {
        using var server = new ScriptedServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 204 No Content\r\n\r\n"u8.ToArray(), token);
            await Task.Delay(Timeout.Infinite, token);
        });

        var outcome = Send(server.BaseUrl, TimeSpan.FromSeconds(5));

        Assert.Equal((204, 0, false), (outcome.Status, outcome.Body.Length, outcome.TimedOut));
    }

    [Fact]
    public void Repeated_retry_after_fields_are_joined_with_a_comma()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 429 Too Many\r\nretry-after: 120\r\nRetry-After:  130 \r\nContent-Length: 0\r\n\r\n");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((429, "120,130"), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public void A_retry_after_with_non_ascii_bytes_counts_as_absent()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 429 Too Many\r\nRetry-After: 12\u00e9\r\nContent-Length: 0\r\n\r\n");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((429, null), (outcome.Status, outcome.RetryAfter));
    }

    [Fact]
    public void A_redirect_is_a_response_and_its_location_is_not_visited()
    {
        using var elsewhere = ScriptedServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        using var server = ScriptedServer.Answering($"HTTP/1.1 302 Found\r\nLocation: {elsewhere.BaseUrl}/\r\nContent-Length: 0\r\n\r\n");

        Assert.Equal(302, Send(server.BaseUrl).Status);
        Assert.Empty(elsewhere.Heads);
    }

    [Fact]
    public void A_chunked_body_over_64_KiB_is_flagged_too_large()
    {
        var chunk = new string('x', 40 * 1024);
        using var server = ScriptedServer.Answering(
            $"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n{chunk.Length:x}\r\n{chunk}\r\n{chunk.Length:x}\r\n{chunk}\r\n0\r\n\r\n");

        var outcome = Send(server.BaseUrl);

        Assert.Equal((200, true, 0), (outcome.Status, outcome.BodyTooLarge, outcome.Body.Length));
    }

    [Fact]
    public void A_body_read_to_close_over_64_KiB_is_flagged_too_large()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\n\r\n" + new string('x', (64 * 1024) + 1));

        Assert.True(Send(server.BaseUrl).BodyTooLarge);
    }

    [Theory]
    [InlineData("HTTP/1.1 2x0 OK\r\n\r\n")]
    [InlineData("HTTP/2 200 OK\r\n\r\n")]
    [InlineData("SSH-2.0-OpenSSH_9.2\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nNo colon here\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nBad Name: x\r\n\r\n")]
    public void A_malformed_status_line_or_header_is_a_failure(string response)
    {
        using var server = ScriptedServer.Answering(response);

        var outcome = Send(server.BaseUrl);

        Assert.StartsWith("HttpWireException: malformed", outcome.Failure, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, outcome.Failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zz\r\nabc\r\n0\r\n\r\n", "HttpWireException: malformed chunk-size line")]
    [InlineData("3\r\nabcX\r\n0\r\n\r\n", "HttpWireException: malformed chunk end")]
    [InlineData("3\r\nab", "IOException: connection closed before the end of the body")]
    public void A_broken_chunked_body_is_a_failure(string body, string detail)
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + body);

        Assert.Equal(detail, Send(server.BaseUrl).Failure);
    }

    [Theory]
    [InlineData("Content-Length: 10\r\n\r\n{}", "IOException: connection closed before the end of the body")]
    [InlineData("Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}", "HttpWireException: invalid Content-Length")]
    [InlineData("Content-Length: -2\r\n\r\n{}", "HttpWireException: invalid Content-Length")]
    public void A_body_that_contradicts_its_content_length_is_a_failure(string rest, string detail)
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\n" + rest);

        Assert.Equal(detail, Send(server.BaseUrl).Failure);
    }

    [Fact]
    public void A_server_that_closes_without_answering_is_a_failure()
    {
        using var server = ScriptedServer.Answering(string.Empty);

        Assert.Equal("IOException: connection closed before the response", Send(server.BaseUrl).Failure);
    }

    [Fact]
    public void A_header_section_over_64_KiB_is_a_failure_not_a_wait()
    {
        using var server = new ScriptedServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\n"u8.ToArray(), token);
            var line = Encoding.ASCII.GetBytes("X-Pad: " + new string('a', 1000) + "\r\n");
            // Never ends the head: only the cap can stop the client.
            while (true)
            {
                await stream.WriteAsync(line, token);
            }
        });

        var outcome = Send(server.BaseUrl, TimeSpan.FromSeconds(10));

        Assert.Equal("HttpWireException: response header section larger than 64 KiB", outcome.Failure);
    }

    [Fact]
    public void One_header_line_over_64_KiB_is_a_failure()
    {
        using var server = new ScriptedServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nX-Long: "u8.ToArray(), token);
            while (true)
            {
                await stream.WriteAsync(new byte[4096].Select(_ => (byte)'a').ToArray(), token);
            }
        });

        Assert.Equal("HttpWireException: response header section larger than 64 KiB", Send(server.BaseUrl, TimeSpan.FromSeconds(10)).Failure);
    }

    [Fact]
    public void Headers_trickling_slower_than_the_deadline_end_in_a_timeout_at_the_deadline()
    {
        using var server = new ScriptedServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\n"u8.ToArray(), token);
            while (true)
            {
                await stream.WriteAsync("X"u8.ToArray(), token);
                await Task.Delay(100, token);
            }
        });
        var clock = Stopwatch.StartNew();

        var outcome = Send(server.BaseUrl, TimeSpan.FromMilliseconds(700));

        Assert.True(outcome.TimedOut, outcome.Failure);
        Assert.InRange(clock.Elapsed.TotalMilliseconds, 600, 3000);
    }

    [Fact]
    public void A_body_trickling_slower_than_the_deadline_ends_in_a_timeout()
    {
        using var server = new ScriptedServer(async (stream, token) =>
        {
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n"u8.ToArray(), token);
            while (true)
            {
                await stream.WriteAsync("x"u8.ToArray(), token);
                await Task.Delay(100, token);
            }
        });

        Assert.True(Send(server.BaseUrl, TimeSpan.FromMilliseconds(700)).TimedOut);
    }

    [Fact]
    public void A_refused_connection_is_a_socket_failure()
    {
        var outcome = Send($"http://127.0.0.1:{Loopback.ClosedPort()}");

        Assert.StartsWith("SocketException: ", outcome.Failure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_with_a_line_break_is_refused_before_anything_is_sent_and_not_quoted()
    {
        using var server = ScriptedServer.Answering("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
        var request = new TransportRequest(new Uri(server.BaseUrl), Token + "\r\nX-Injected: 1", "linesmith/0.1.0", TimeSpan.FromSeconds(5));

        var outcome = new HttpUsageTransport(EnvironmentSnapshot.Empty, Log.Silent).Send(request);

        Assert.Equal("HttpWireException: a request header value contains a control character", outcome.Failure);
        Assert.Empty(server.Heads);
    }

    internal static TransportOutcome Send(string url, TimeSpan? timeout = null, EnvironmentSnapshot? environment = null) =>
        new HttpUsageTransport(environment ?? EnvironmentSnapshot.Empty, Log.Silent)
            .Send(new TransportRequest(new Uri(url), Token, "linesmith/0.1.0", timeout ?? TimeSpan.FromSeconds(5)));

    internal static string Text(TransportOutcome outcome)
    {
        Assert.True(outcome.IsResponse, outcome.Failure ?? "timed out");
        return Encoding.UTF8.GetString(outcome.Body);
    }
}
