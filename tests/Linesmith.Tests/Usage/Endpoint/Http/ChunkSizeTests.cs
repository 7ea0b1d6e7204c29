using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>RFC 9112 §7.1 chunk-size lines: hex digits, optional extensions ignored.</summary>
public sealed class ChunkSizeTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1a", 26L)]
    [InlineData("1A", 26L)]
    [InlineData("0010", 16L)]
    [InlineData("a;name=value", 10L)]
    [InlineData("a \t;name=\"quoted;value\"", 10L)]
    [InlineData("fffffffffffffff", 0xfffffffffffffffL)]
    public void Valid_sizes_are_read_as_hex(string line, long expected)
    {
        Assert.True(ChunkSize.TryParse(line, out var size));
        Assert.Equal(expected, size);
    }

    [Theory]
    [InlineData("")]
    [InlineData(";ext")]
    [InlineData("g")]
    [InlineData("-1")]
    [InlineData("+1")]
    [InlineData("0x10")]
    [InlineData(" 1")]
    [InlineData("1 2")]
    [InlineData("1000000000000000")]
    public void Malformed_or_oversized_sizes_are_refused(string line)
    {
        Assert.False(ChunkSize.TryParse(line, out _));
    }
}
