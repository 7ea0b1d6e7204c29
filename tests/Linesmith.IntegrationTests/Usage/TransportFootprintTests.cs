using System.Text;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// What the transport costs the shipped binary: no HttpClient inside (neither ours nor the one the
/// runtime's certificate downloader would keep, see src/Linesmith/NoCertificateDownloads.xml). The
/// image's size is a performance target: bench/startup reports it, no test asserts it (docs/adr/0001-own-http-client-instead-of-httpclient.md).
/// </summary>
public sealed class TransportFootprintTests
{
    [Theory]
    [InlineData("HttpConnectionPool")]
    [InlineData("HttpRequestMessage")]
    [InlineData("SocketsHttpConnectionContext")]
    public void The_published_binary_carries_no_http_client_types(string typeName)
    {
        var image = File.ReadAllBytes(PublishedBinary.Path);

        Assert.Equal(-1, image.AsSpan().IndexOf(Encoding.ASCII.GetBytes(typeName)));
    }
}
