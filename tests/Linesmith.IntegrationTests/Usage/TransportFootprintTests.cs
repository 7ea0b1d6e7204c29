using System.Text;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// What the transport costs the shipped binaries: no HttpClient in either (neither ours nor the one the
/// runtime's certificate downloader would keep, see src/Linesmith/NoCertificateDownloads.xml), and no
/// TLS, sockets or HTTP code at all in <c>linesmith</c>, the image Claude Code starts on every render:
/// only <c>linesmith-fetch</c> carries them (docs/adr/0023-fetcher-in-its-own-executable.md). The
/// images' sizes are a performance target: bench/startup reports them, no test asserts them
/// (docs/adr/0001-own-http-client-instead-of-httpclient.md).
/// </summary>
public sealed class TransportFootprintTests
{
    private static bool Carries(string path, string typeName) =>
        File.ReadAllBytes(path).AsSpan().IndexOf(Encoding.ASCII.GetBytes(typeName)) >= 0;

    [Theory]
    [InlineData("HttpConnectionPool")]
    [InlineData("HttpRequestMessage")]
    [InlineData("SocketsHttpConnectionContext")]
    public void Neither_published_binary_carries_http_client_types(string typeName)
    {
        Assert.False(Carries(PublishedBinary.Path, typeName));
        Assert.False(Carries(PublishedBinary.FetcherPath, typeName));
    }

    /// <summary>The fetcher carries each name, so a name the compiler stopped emitting would fail here, not pass silently.</summary>
    [Theory]
    [InlineData("SslStream")]
    [InlineData("SocksHandshake")]
    [InlineData("ConnectionOpener")]
    [InlineData("HttpUsageTransport")]
    public void Only_the_fetcher_carries_TLS_and_the_HTTP_client(string typeName)
    {
        Assert.True(Carries(PublishedBinary.FetcherPath, typeName), $"linesmith-fetch lacks {typeName}");
        Assert.False(Carries(PublishedBinary.Path, typeName), $"linesmith carries {typeName}");
    }
}
