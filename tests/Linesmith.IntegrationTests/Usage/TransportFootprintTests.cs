using System.Text;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// What the transport costs the shipped binary: no HttpClient inside (neither ours nor the one the
/// runtime's certificate downloader would keep, see src/Linesmith/NoCertificateDownloads.xml), and
/// the whole image within the 8 MB performance target.
/// </summary>
public sealed class TransportFootprintTests
{
    private const long TargetBytes = 8_000_000;

    [Theory]
    [InlineData("HttpConnectionPool")]
    [InlineData("HttpRequestMessage")]
    [InlineData("SocketsHttpConnectionContext")]
    public void The_published_binary_carries_no_http_client_types(string typeName)
    {
        var image = File.ReadAllBytes(PublishedBinary.Path);

        Assert.Equal(-1, image.AsSpan().IndexOf(Encoding.ASCII.GetBytes(typeName)));
    }

    [Fact]
    public void The_published_binary_is_within_the_size_target()
    {
        Assert.InRange(new FileInfo(PublishedBinary.Path).Length, 1, TargetBytes);
    }
}
