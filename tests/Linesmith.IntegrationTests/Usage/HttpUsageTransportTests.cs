using System.Net;
using System.Net.Sockets;
using Linesmith.Diagnostics;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Platform;
using Linesmith.Usage;
using Linesmith.Usage.Endpoint;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// The real transport and client (docs/spec/usage-endpoint.md#request, docs/spec/usage-endpoint.md#status-mapping, docs/spec/edge-cases.md items 16-21) against the test HTTP
/// server on 127.0.0.1: headers on the wire, status mapping, timeout, refused connection, the 64 KiB
/// cap, and redirects that must not carry the token anywhere.
/// </summary>
public sealed class HttpUsageTransportTests : IDisposable
{
    private const string Token = "sk-ant-oat01-TRANSPORT-SECRET";
    private readonly TestHttpServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public void Item16_and_21_the_request_carries_exactly_the_three_headers_to_the_usage_path()
    {
        var result = Fetch(_server.BaseUrl + "//");

        Assert.Null(result.Error);
        var request = Assert.Single(_server.Requests);
        Assert.Equal(("GET", "/api/oauth/usage"), (request.Method, request.Target));
        Assert.Equal($"Bearer {Token}", request.Headers["Authorization"]);
        Assert.Equal("oauth-2025-04-20", request.Headers["anthropic-beta"]);
        Assert.Equal("linesmith/0.1.0", request.Headers["User-Agent"]);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    [InlineData(500, "NetworkError")]
    [InlineData(503, "NetworkError")]
    [InlineData(204, "ParseError")]
    public void Item17_statuses_from_a_real_server(int status, string code)
    {
        _server.Reply = _ => ServerReply.WithStatus(status);

        Assert.Equal(code, Fetch().Error?.Code);
    }

    [Fact]
    public void Item17_malformed_200_is_a_parse_error()
    {
        _server.Reply = _ => new ServerReply(200, "{ nope");

        Assert.Equal(EndpointErrorKind.ParseError, Fetch().Error?.Kind);
    }

    [Fact]
    public void Item18_429_carries_the_retry_after_seconds()
    {
        _server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", "120"));

        Assert.Equal(EndpointError.RateLimited(TimeSpan.FromSeconds(120)), Fetch().Error);
    }

    [Fact]
    public void Item18_429_with_a_future_http_date_is_positive()
    {
        var date = DateTimeOffset.UtcNow.AddMinutes(10).ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        _server.Reply = _ => ServerReply.WithStatus(429, ("Retry-After", date));

        Assert.InRange(Fetch().Error!.RetryAfter!.Value.TotalSeconds, 1, 601);
    }

    [Fact]
    public void Item17_a_server_slower_than_the_timeout_is_a_timeout()
    {
        _server.Hold();

        Assert.Equal(EndpointErrorKind.Timeout, Fetch(timeout: TimeSpan.FromMilliseconds(300)).Error?.Kind);
    }

    [Fact]
    public void Item17_a_refused_connection_is_a_network_error()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        Assert.Equal(EndpointErrorKind.NetworkError, Fetch($"http://127.0.0.1:{port}").Error?.Kind);
    }

    [Fact]
    public void A_body_over_64_KiB_is_a_parse_error()
    {
        _server.Reply = _ => new ServerReply(200, "{" + new string(' ', 64 * 1024) + "}");

        var error = Fetch().Error;

        Assert.Equal(EndpointErrorKind.ParseError, error?.Kind);
        Assert.Equal("body larger than 65536 bytes", error?.Detail);
    }

    [Fact]
    public void A_body_of_exactly_64_KiB_is_read()
    {
        _server.Reply = _ => new ServerReply(200, "{" + new string(' ', (64 * 1024) - 2) + "}");

        Assert.Null(Fetch().Error);
    }

    [Fact]
    public void Redirects_are_not_followed_so_the_token_stays_with_the_first_host()
    {
        using var other = new TestHttpServer();
        _server.Reply = _ => ServerReply.WithStatus(307, ("Location", other.BaseUrl + "/api/oauth/usage"));

        Assert.Equal(EndpointErrorKind.NetworkError, Fetch().Error?.Kind);
        Assert.Equal(0, other.RequestCount);
    }

    private FetchResult Fetch(string? baseUrl = null, TimeSpan? timeout = null)
    {
        var settings = UsageSettings.Defaults with { ApiBaseUrl = baseUrl ?? _server.BaseUrl, Timeout = timeout ?? TimeSpan.FromSeconds(5) };
        var url = UsageEndpoint.Resolve(settings.ApiBaseUrl, out _)!;
        var client = new UsageClient(new HttpUsageTransport(EnvironmentSnapshot.Empty, Log.Silent), settings, TimeProvider.System, Log.Silent);
        return client.Fetch(url, Token);
    }
}
