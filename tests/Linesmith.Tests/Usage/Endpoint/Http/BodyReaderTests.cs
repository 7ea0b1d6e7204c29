using System.Text;
using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>
/// Body framing (RFC 9112 §6, §7.1) over in-memory streams: the chunked decoder, Content-Length,
/// read to close, no-body statuses, and the 64 KiB cap of docs/spec/usage-endpoint.md#transport.
/// </summary>
public sealed class BodyReaderTests
{
    private const int Cap = 64 * 1024;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Chunks_with_extensions_are_joined_and_trailers_ignored(bool oneByteAtATime)
    {
        var body = await Chunked("5;a=b\r\nhello\r\n1\r\n \r\n5 ; x\r\nworld\r\n0\r\nTrailer: x\r\n\r\n", oneByteAtATime);

        Assert.Equal(("hello world", false), (Encoding.ASCII.GetString(body.Bytes), body.TooLarge));
    }

    [Fact]
    public async Task A_bare_lf_ends_chunk_lines_too()
    {
        var body = await Chunked("3\nabc\n0\n\n");

        Assert.Equal("abc", Encoding.ASCII.GetString(body.Bytes));
    }

    [Fact]
    public async Task An_empty_chunked_body_is_empty()
    {
        Assert.Empty((await Chunked("0\r\n\r\n")).Bytes);
    }

    [Fact]
    public async Task Chunks_adding_up_to_exactly_the_cap_are_read()
    {
        var half = new string('x', Cap / 2);
        var body = await ReadChunked($"{half.Length:x}\r\n{half}\r\n{half.Length:x}\r\n{half}\r\n0\r\n\r\n", Cap);

        Assert.Equal((Cap, false), (body.Bytes.Length, body.TooLarge));
    }

    [Fact]
    public async Task Chunks_adding_up_to_more_than_the_cap_are_too_large()
    {
        var half = new string('x', Cap / 2);
        var body = await ReadChunked($"{half.Length:x}\r\n{half}\r\n{half.Length + 1:x}\r\n{half}x\r\n0\r\n\r\n", Cap);

        Assert.Equal((0, true), (body.Bytes.Length, body.TooLarge));
    }

    [Fact]
    public async Task A_huge_declared_chunk_is_too_large_without_being_read()
    {
        Assert.True((await Chunked("fffffffffffffff\r\nabc")).TooLarge);
    }

    [Theory]
    [InlineData("zz\r\n", "malformed chunk-size line")]
    [InlineData("3\r\nabcd\r\n0\r\n\r\n", "malformed chunk end")]
    [InlineData("3\r\nabc0\r\n\r\n", "malformed chunk end")]
    public async Task Malformed_chunking_throws_a_wire_exception(string wire, string message)
    {
        var exception = await Assert.ThrowsAsync<HttpWireException>(() => Chunked(wire));

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public async Task A_chunk_size_line_longer_than_4_KiB_is_refused()
    {
        var exception = await Assert.ThrowsAsync<HttpWireException>(() => Chunked("1;" + new string('e', 5000) + "\r\nx\r\n0\r\n\r\n"));

        Assert.Equal("chunk-size line too long", exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("3\r\nab")]
    [InlineData("3\r\nabc\r\n")]
    public async Task A_connection_closed_inside_the_chunked_body_is_an_io_failure(string wire)
    {
        await Assert.ThrowsAsync<IOException>(() => Chunked(wire));
    }

    [Theory]
    [InlineData("Content-Length: 3", "abcdef", "abc")]
    [InlineData("Content-Length: 3, 3", "abc", "abc")]
    [InlineData("Content-Length: 0", "abc", "")]
    [InlineData("Transfer-Encoding: chunked", "2\r\nab\r\n0\r\n\r\n", "ab")]
    [InlineData("Transfer-Encoding: gzip, chunked", "2\r\nab\r\n0\r\n\r\n", "ab")]
    [InlineData("Transfer-Encoding: chunked\r\nContent-Length: 99", "2\r\nab\r\n0\r\n\r\n", "ab")]
    [InlineData("Transfer-Encoding: gzip", "raw to close", "raw to close")]
    [InlineData("X-None: 1", "raw to close", "raw to close")]
    public async Task The_head_chooses_the_framing(string header, string wire, string expected)
    {
        var body = await Read(200, header, wire);

        Assert.Equal(expected, Encoding.ASCII.GetString(body.Bytes));
    }

    [Theory]
    [InlineData(204)]
    [InlineData(304)]
    public async Task No_body_statuses_read_nothing(int status)
    {
        Assert.Empty((await Read(status, "Content-Length: 3", "abc")).Bytes);
    }

    [Theory]
    [InlineData("Content-Length: 3, 4")]
    [InlineData("Content-Length: x")]
    [InlineData("Content-Length: -1")]
    [InlineData("Content-Length: ")]
    [InlineData("Content-Length: 99999999999999999999")]
    public async Task A_bad_content_length_throws(string header)
    {
        var exception = await Assert.ThrowsAsync<HttpWireException>(() => Read(200, header, "abc"));

        Assert.Equal("invalid Content-Length", exception.Message);
    }

    [Fact]
    public async Task A_content_length_over_the_cap_is_too_large_without_reading()
    {
        Assert.True((await Read(200, $"Content-Length: {Cap + 1}", string.Empty)).TooLarge);
    }

    [Fact]
    public async Task A_body_read_to_close_of_cap_plus_one_bytes_is_too_large()
    {
        Assert.True((await Read(200, "X: y", new string('x', Cap + 1))).TooLarge);
        Assert.False((await Read(200, "X: y", new string('x', Cap))).TooLarge);
    }

    private static Task<CappedBody> Chunked(string wire, bool oneByteAtATime = false) => ReadChunked(wire, Cap, oneByteAtATime);

    private static Task<CappedBody> ReadChunked(string wire, int cap, bool oneByteAtATime = false)
    {
        var bytes = Encoding.Latin1.GetBytes(wire);
        Stream stream = oneByteAtATime ? new OneByteStream(bytes) : new MemoryStream(bytes);
        return BodyReader.ReadChunkedAsync(new WireReader(stream, CancellationToken.None), cap);
    }

    private static Task<CappedBody> Read(int status, string headerLines, string wire)
    {
        Assert.True(HeaderBlock.TryParse(headerLines.Split("\r\n"), out var headers, out _));
        var reader = new WireReader(new MemoryStream(Encoding.Latin1.GetBytes(wire)), CancellationToken.None);
        return BodyReader.ReadAsync(reader, new ResponseHead(new HttpStatusLine(1, status), headers), Cap);
    }
}
