using System.Text;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Platform;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// The proxy routes of docs/spec/usage-endpoint.md#transport through loopback proxies that record what they were
/// asked and relay to the test server: an http proxy (absolute form for http targets, CONNECT for
/// https targets, Basic credentials), SOCKS5 (no authentication and username/password), SOCKS4 and
/// SOCKS4a, proxies that refuse, and NO_PROXY going direct.
/// </summary>
public sealed class ProxyTransportTests : IDisposable
{
    private readonly TestHttpServer _server = new();

    private string Target => _server.BaseUrl + "/api/oauth/usage";

    private string TargetPort => new Uri(_server.BaseUrl).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public void Dispose() => _server.Dispose();

    [Fact]
    public void An_http_target_goes_through_an_http_proxy_in_absolute_form()
    {
        using var proxy = new LoopbackHttpProxy();

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("http_proxy", proxy.Url)));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        var head = Assert.Single(proxy.Heads);
        Assert.StartsWith($"GET {_server.BaseUrl}/api/oauth/usage HTTP/1.1\r\n", head, StringComparison.Ordinal);
        Assert.DoesNotContain("Proxy-Authorization", head, StringComparison.Ordinal);
        Assert.Equal(_server.BaseUrl + "/api/oauth/usage", Assert.Single(_server.Requests).Target);
    }

    [Fact]
    public void Proxy_credentials_in_the_url_are_percent_decoded_into_basic_authorization()
    {
        using var proxy = new LoopbackHttpProxy();
        var url = proxy.Url.Replace("http://", "http://alice:p%40ss%3Aword@", StringComparison.Ordinal);

        HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("HTTP_PROXY", url)));

        var expected = "Proxy-Authorization: Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("alice:p@ss:word")) + "\r\n";
        Assert.Contains(expected, Assert.Single(proxy.Heads), StringComparison.Ordinal);
    }

    [Fact]
    public void An_https_target_through_an_http_proxy_sends_connect_then_starts_tls_inside_the_tunnel()
    {
        using var proxy = new LoopbackHttpProxy();
        // Behind the tunnel a plain-text server: the TLS handshake inside the tunnel must fail.
        using var plain = new GreetingServer("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"u8.ToArray());
        var url = proxy.Url.Replace("http://", "http://bob:secret@", StringComparison.Ordinal);

        var outcome = HttpFramingTests.Send($"https://127.0.0.1:{plain.Port}/api/oauth/usage", environment: EnvironmentSnapshot.Of(("HTTPS_PROXY", url)));

        Assert.Equal(
            $"CONNECT 127.0.0.1:{plain.Port} HTTP/1.1\r\nHost: 127.0.0.1:{plain.Port}\r\nProxy-Authorization: Basic {Convert.ToBase64String("bob:secret"u8.ToArray())}\r\n\r\n",
            Assert.Single(proxy.Heads));
        Assert.Equal(1, plain.Accepted);
        Assert.Equal(0x16, plain.FirstByte);
        Assert.False(outcome.TimedOut);
        Assert.Matches("^(AuthenticationException|IOException): ", outcome.Failure);
    }

    [Theory]
    [InlineData(407)]
    [InlineData(403)]
    [InlineData(502)]
    public void A_proxy_that_answers_connect_with_an_error_is_a_failure(int status)
    {
        using var proxy = new LoopbackHttpProxy { Refuse = status };

        var outcome = HttpFramingTests.Send($"https://127.0.0.1:{TargetPort}/", environment: EnvironmentSnapshot.Of(("HTTPS_PROXY", proxy.Url)));

        Assert.Equal($"ProxyException: proxy answered CONNECT with HTTP {status}", outcome.Failure);
    }

    [Fact]
    public void A_proxy_that_sends_bytes_after_its_connect_answer_is_a_failure_before_tls()
    {
        // TLS speaks first from the client, so such bytes cannot belong to a clean tunnel.
        using var proxy = ScriptedServer.Answering("HTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 200 OK\r\n\r\n{}");

        var outcome = HttpFramingTests.Send("https://127.0.0.1:9/", environment: EnvironmentSnapshot.Of(("HTTPS_PROXY", proxy.BaseUrl)));

        Assert.Equal("ProxyException: proxy sent data after its CONNECT answer", outcome.Failure);
        Assert.StartsWith("CONNECT 127.0.0.1:9 HTTP/1.1\r\n", Assert.Single(proxy.Heads), StringComparison.Ordinal);
    }

    [Fact]
    public void A_407_from_a_forwarding_proxy_is_a_response_the_client_maps()
    {
        using var proxy = new LoopbackHttpProxy { Refuse = 407 };

        Assert.Equal(407, HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("HTTP_PROXY", proxy.Url))).Status);
    }

    [Theory]
    [InlineData("http")]
    [InlineData("socks5")]
    [InlineData("socks4a")]
    public void A_proxy_that_refuses_the_connection_is_a_socket_failure(string scheme)
    {
        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"{scheme}://127.0.0.1:{Loopback.ClosedPort()}")));

        Assert.StartsWith("SocketException: ", outcome.Failure, StringComparison.Ordinal);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void No_proxy_sends_a_matching_host_direct()
    {
        using var proxy = new LoopbackHttpProxy();

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("HTTP_PROXY", proxy.Url), ("NO_PROXY", "localhost,127.0.0.1")));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        Assert.Equal(0, proxy.Connections);
        Assert.Equal("/api/oauth/usage", Assert.Single(_server.Requests).Target);
    }

    [Fact]
    public void Socks5h_sends_the_host_name_and_relays_without_authentication()
    {
        using var socks = new LoopbackSocksProxy();
        var url = $"http://localhost:{TargetPort}/api/oauth/usage";

        var outcome = HttpFramingTests.Send(url, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks5h://127.0.0.1:{socks.Port}")));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        Assert.Equal(new SocksRequest(5, "localhost", int.Parse(TargetPort, System.Globalization.CultureInfo.InvariantCulture), true, null, null), Assert.Single(socks.Requests));
        Assert.Equal("/api/oauth/usage", Assert.Single(_server.Requests).Target);
    }

    [Fact]
    public void Socks5_with_credentials_authenticates_with_username_and_password()
    {
        using var socks = new LoopbackSocksProxy { RequiredUser = "alice", RequiredPassword = "s:cret@1" };

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks5://alice:s%3Acret%401@127.0.0.1:{socks.Port}")));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        var request = Assert.Single(socks.Requests);
        Assert.Equal(("127.0.0.1", false, "alice", "s:cret@1"), (request.Host, request.HostWasName, request.User, request.Password));
    }

    [Fact]
    public void Socks5_with_a_wrong_password_is_a_failure()
    {
        using var socks = new LoopbackSocksProxy { RequiredUser = "alice", RequiredPassword = "right" };

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks5://alice:wrong@127.0.0.1:{socks.Port}")));

        Assert.Equal("ProxyException: SOCKS5 proxy rejected the user name or password", outcome.Failure);
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void Socks5_that_requires_a_password_the_client_does_not_have_is_a_failure()
    {
        using var socks = new LoopbackSocksProxy { RequiredUser = "alice", RequiredPassword = "right" };

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks5://127.0.0.1:{socks.Port}")));

        Assert.Equal("ProxyException: SOCKS5 proxy accepts none of the offered authentication methods", outcome.Failure);
    }

    [Fact]
    public void A_socks5_error_code_is_a_failure_naming_it()
    {
        using var socks = new LoopbackSocksProxy { FailWith = 5 };

        var outcome = HttpFramingTests.Send(Target, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks5h://127.0.0.1:{socks.Port}")));

        Assert.Equal("ProxyException: SOCKS5 proxy could not connect: connection refused (5)", outcome.Failure);
    }

    [Fact]
    public void Socks4a_sends_the_host_name_after_the_user_id()
    {
        using var socks = new LoopbackSocksProxy();
        var url = $"http://localhost:{TargetPort}/api/oauth/usage";

        var outcome = HttpFramingTests.Send(url, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks4a://carol@127.0.0.1:{socks.Port}")));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        Assert.Equal(new SocksRequest(4, "localhost", int.Parse(TargetPort, System.Globalization.CultureInfo.InvariantCulture), true, "carol", null), Assert.Single(socks.Requests));
    }

    [Fact]
    public void Socks4_resolves_the_host_itself_and_sends_an_ipv4_address()
    {
        using var socks = new LoopbackSocksProxy();
        var url = $"http://localhost:{TargetPort}/api/oauth/usage";

        var outcome = HttpFramingTests.Send(url, environment: EnvironmentSnapshot.Of(("ALL_PROXY", $"socks4://127.0.0.1:{socks.Port}")));

        Assert.Equal(ServerReply.UsageBody, HttpFramingTests.Text(outcome));
        var request = Assert.Single(socks.Requests);
        Assert.Equal((4, "127.0.0.1", false), (request.Version, request.Host, request.HostWasName));
    }
}
