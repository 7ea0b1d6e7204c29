using System.Text;
using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>Reading a response head: interim 1xx skipped, the 64 KiB cap, early ends.</summary>
public sealed class ResponseHeadTests
{
    [Fact]
    public async Task Interim_responses_are_skipped_up_to_the_final_one()
    {
        var (head, reader) = await Read("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 102 Processing\r\nX: 1\r\n\r\nHTTP/1.1 429 Slow\r\nRetry-After: 9\r\n\r\nbody");

        Assert.Equal(429, head.Status.Code);
        Assert.Equal("9", head.Headers.Joined("Retry-After"));
        Assert.Null(head.Headers.Joined("X"));
        Assert.Equal(4, reader.Buffered);
    }

    [Fact]
    public async Task Empty_lines_before_the_status_line_are_tolerated()
    {
        Assert.Equal(200, (await Read("\r\n\r\nHTTP/1.1 200 OK\r\n\r\n")).Head.Status.Code);
    }

    [Fact]
    public async Task A_101_is_final()
    {
        Assert.Equal(101, (await Read("HTTP/1.1 101 Switching\r\nUpgrade: x\r\n\r\n")).Head.Status.Code);
    }

    [Fact]
    public async Task A_head_of_just_under_64_KiB_is_read()
    {
        var pad = "X-Pad: " + new string('a', (64 * 1024) - 200) + "\r\n";

        Assert.Equal(200, (await Read("HTTP/1.1 200 OK\r\n" + pad + "\r\n")).Head.Status.Code);
    }

    [Fact]
    public async Task Interim_responses_count_against_the_same_64_KiB()
    {
        var interim = "HTTP/1.1 100 Continue\r\nX-Pad: " + new string('a', 20 * 1024) + "\r\n\r\n";

        var exception = await Assert.ThrowsAsync<HttpWireException>(() => Read(interim + interim + interim + interim + "HTTP/1.1 200 OK\r\n\r\n"));

        Assert.Equal("response header section larger than 64 KiB", exception.Message);
    }

    [Theory]
    [InlineData("", "connection closed before the response")]
    [InlineData("HTTP/1.1 200 OK\r\nX: 1\r\n", "connection closed inside the response headers")]
    [InlineData("HTTP/1.1 200 OK\r\nX: 1", "connection closed in the middle of a line")]
    public async Task A_head_cut_short_is_an_io_failure(string wire, string message)
    {
        var exception = await Assert.ThrowsAsync<IOException>(() => Read(wire));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public async Task A_malformed_status_line_is_a_wire_exception()
    {
        var exception = await Assert.ThrowsAsync<HttpWireException>(() => Read("HTTP/1.1 OK\r\n\r\n"));

        Assert.Equal("malformed status line", exception.Message);
    }

    private static async Task<(ResponseHead Head, WireReader Reader)> Read(string wire)
    {
        var reader = new WireReader(new MemoryStream(Encoding.Latin1.GetBytes(wire)), CancellationToken.None);
        return (await ResponseHead.ReadAsync(reader), reader);
    }
}
