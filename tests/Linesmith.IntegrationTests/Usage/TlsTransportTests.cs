using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// TLS end to end through the published binary (docs/spec/usage-endpoint.md#transport): the child process trusts a
/// test certificate through <c>SSL_CERT_FILE</c>, so the default certificate validation runs for
/// real. Direct https, https through a CONNECT tunnel, https through an https proxy (TLS inside
/// TLS), and the same server failing validation when the certificate is not trusted.
/// </summary>
public sealed class TlsTransportTests : IDisposable
{
    private readonly TestCertificate _certificate = new();
    private readonly TestHttpServer _tlsServer;
    private readonly UsageRig _rig = new(timeoutMs: 10_000);

    public TlsTransportTests()
    {
        _tlsServer = new TestHttpServer(_certificate.Certificate);
        _rig.Environment["LINESMITH_API_BASE_URL"] = _tlsServer.BaseUrl + "/";
        _rig.Environment["SSL_CERT_FILE"] = _certificate.PemPath;
    }

    public void Dispose()
    {
        _rig.Dispose();
        _tlsServer.Dispose();
        _certificate.Dispose();
    }

    [Fact]
    public void A_trusted_https_server_is_reached_directly_with_the_token_inside_tls()
    {
        var result = _rig.Run("usage", "--json");

        Assert.Null(UsageRig.ErrorCode(result));
        var request = Assert.Single(_tlsServer.Requests);
        Assert.Equal(("GET", "/api/oauth/usage", $"Bearer {UsageRig.Token}"), (request.Method, request.Target, request.Headers["Authorization"]));
    }

    [Fact]
    public void An_untrusted_certificate_fails_validation_and_sends_no_request()
    {
        _rig.Environment.Remove("SSL_CERT_FILE");

        var result = _rig.Run("usage", "--json");

        Assert.Equal("NetworkError", UsageRig.ErrorCode(result));
        Assert.Equal(0, _tlsServer.RequestCount);
    }

    [Fact]
    public void Https_through_an_http_proxy_runs_tls_inside_the_connect_tunnel()
    {
        using var proxy = new LoopbackHttpProxy();
        _rig.Environment["HTTPS_PROXY"] = proxy.Url;

        var result = _rig.Run("usage", "--json");

        Assert.Null(UsageRig.ErrorCode(result));
        Assert.StartsWith($"CONNECT 127.0.0.1:{new Uri(_tlsServer.BaseUrl).Port} HTTP/1.1\r\n", Assert.Single(proxy.Heads), StringComparison.Ordinal);
        Assert.Equal($"Bearer {UsageRig.Token}", Assert.Single(_tlsServer.Requests).Headers["Authorization"]);
    }

    [Fact]
    public void Https_through_an_https_proxy_runs_tls_to_the_proxy_and_tls_inside_the_tunnel()
    {
        using var proxy = new LoopbackHttpProxy(_certificate.Certificate);
        _rig.Environment["HTTPS_PROXY"] = proxy.Url.Replace("https://", "https://user:pw@", StringComparison.Ordinal);

        var result = _rig.Run("usage", "--json");

        Assert.Null(UsageRig.ErrorCode(result));
        Assert.Contains("\r\nProxy-Authorization: Basic dXNlcjpwdw==\r\n", Assert.Single(proxy.Heads), StringComparison.Ordinal);
        Assert.Single(_tlsServer.Requests);
    }

    [Fact]
    public void Https_through_socks5h_runs_tls_after_the_handshake()
    {
        using var socks = new LoopbackSocksProxy();
        _rig.Environment["ALL_PROXY"] = $"socks5h://127.0.0.1:{socks.Port}";

        var result = _rig.Run("usage", "--json");

        Assert.Null(UsageRig.ErrorCode(result));
        Assert.Single(socks.Requests);
        Assert.Single(_tlsServer.Requests);
    }
}
