using System.Text;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>The request head of docs/spec/usage-endpoint.md#transport, byte for byte.</summary>
public sealed class RequestWriterTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    [Fact]
    public void Origin_form_with_exactly_the_spec_headers_plus_host_and_connection_close()
    {
        var request = new TransportRequest(new Uri("https://api.anthropic.com/api/oauth/usage"), "tok", "linesmith/0.1.0", Timeout);

        Assert.Equal(
            "GET /api/oauth/usage HTTP/1.1\r\nHost: api.anthropic.com\r\nAuthorization: Bearer tok\r\nanthropic-beta: oauth-2025-04-20\r\nUser-Agent: linesmith/0.1.0\r\nConnection: close\r\n\r\n",
            Encoding.UTF8.GetString(RequestWriter.Build(request.Url, request.Headers, absoluteForm: false, proxyAuthorization: null)));
    }

    [Fact]
    public void Absolute_form_for_a_forwarding_proxy_carries_its_credentials()
    {
        var request = new TransportRequest(new Uri("http://127.0.0.1:8080/api/oauth/usage?a=b"), "tok", "ua", Timeout);

        var head = Encoding.UTF8.GetString(RequestWriter.Build(request.Url, request.Headers, absoluteForm: true, proxyAuthorization: "Basic eDp5"));

        Assert.StartsWith("GET http://127.0.0.1:8080/api/oauth/usage?a=b HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n", head, StringComparison.Ordinal);
        Assert.Contains("\r\nProxy-Authorization: Basic eDp5\r\n", head, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://api.anthropic.com/x", "api.anthropic.com")]
    [InlineData("https://api.anthropic.com:443/x", "api.anthropic.com")]
    [InlineData("https://api.anthropic.com:8443/x", "api.anthropic.com:8443")]
    [InlineData("http://[::1]:8080/x", "[::1]:8080")]
    [InlineData("http://[::1]/x", "[::1]")]
    [InlineData("https://bücher.example/x", "xn--bcher-kva.example")]
    public void The_host_header_is_ascii_with_the_port_only_when_not_the_default(string url, string expected)
    {
        Assert.Equal(expected, RequestWriter.HostHeader(new Uri(url)));
    }

    [Theory]
    [InlineData("tok\r\nX-Injected: 1", "ua")]
    [InlineData("tok", "ua\n")]
    [InlineData("tok\0", "ua")]
    public void A_control_character_in_a_value_is_refused_without_quoting_it(string token, string userAgent)
    {
        var request = new TransportRequest(new Uri("https://api.anthropic.com/x"), token, userAgent, Timeout);

        var exception = Assert.Throws<HttpWireException>(() => RequestWriter.Build(request.Url, request.Headers, false, null));

        Assert.Equal("a request header value contains a control character", exception.Message);
    }
}
