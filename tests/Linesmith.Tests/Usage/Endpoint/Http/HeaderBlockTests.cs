using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>RFC 9112 §5 field lines: names case-insensitive, values trimmed, bad lines refused.</summary>
public sealed class HeaderBlockTests
{
    [Fact]
    public void Names_match_case_insensitively_and_values_lose_surrounding_whitespace()
    {
        var headers = Parse("Content-Length:  42 \t", "retry-after:120");

        Assert.Equal("42", headers.Joined("content-length"));
        Assert.Equal("120", headers.Joined("Retry-After"));
        Assert.Null(headers.Joined("Location"));
    }

    [Fact]
    public void Repeated_fields_keep_their_order_and_join_with_a_comma()
    {
        var headers = Parse("Retry-After: 1", "X-Other: y", "RETRY-AFTER: 2");

        Assert.Equal(["1", "2"], headers.Values("retry-after"));
        Assert.Equal("1,2", headers.Joined("Retry-After"));
    }

    [Fact]
    public void An_empty_value_is_kept_as_empty()
    {
        Assert.Equal(string.Empty, Parse("X-Empty:").Joined("X-Empty"));
    }

    [Fact]
    public void An_obsolete_continuation_line_joins_the_previous_value_with_one_space()
    {
        Assert.Equal("a b", Parse("X-Folded: a", " \t b").Joined("X-Folded"));
    }

    [Fact]
    public void Non_ascii_bytes_survive_as_latin1_chars()
    {
        Assert.Equal("12\u00e9", Parse("Retry-After: 12\u00e9").Joined("Retry-After"));
    }

    [Theory]
    [InlineData("No colon", "malformed header line")]
    [InlineData(": no name", "malformed header line")]
    [InlineData("Space Before : x", "malformed header line")]
    [InlineData("Name : x", "malformed header line")]
    [InlineData("Na(me: x", "malformed header line")]
    [InlineData(" leading continuation", "malformed header: continuation line first")]
    [InlineData("X-Bell: a\u0007b", "malformed header value")]
    [InlineData("X-Nul: a\u0000b", "malformed header value")]
    public void Malformed_lines_are_refused_with_a_short_reason(string line, string problem)
    {
        Assert.False(HeaderBlock.TryParse([line], out _, out var actual));
        Assert.Equal(problem, actual);
    }

    private static HeaderBlock Parse(params string[] lines)
    {
        Assert.True(HeaderBlock.TryParse(lines, out var headers, out var problem), problem);
        return headers;
    }
}
