using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>RFC 9112 §4 status lines, as the usage transport accepts them (docs/spec/usage-endpoint.md#transport).</summary>
public sealed class HttpStatusLineTests
{
    [Theory]
    [InlineData("HTTP/1.1 200 OK", 1, 200)]
    [InlineData("HTTP/1.0 404 Not Found", 0, 404)]
    [InlineData("HTTP/1.1 429 ", 1, 429)]
    [InlineData("HTTP/1.1 503", 1, 503)]
    [InlineData("HTTP/1.1 100 Continue", 1, 100)]
    [InlineData("HTTP/1.1 200 OK with spaces \u00e9", 1, 200)]
    public void Valid_status_lines_give_version_and_code(string line, int minor, int code)
    {
        Assert.True(HttpStatusLine.TryParse(line, out var status));
        Assert.Equal(new HttpStatusLine(minor, code), status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("HTTP/2 200 OK")]
    [InlineData("HTTP/1.1 20 OK")]
    [InlineData("HTTP/1.1 2000 OK")]
    [InlineData("HTTP/1.1  200 OK")]
    [InlineData("HTTP/1.1 2x0 OK")]
    [InlineData("http/1.1 200 OK")]
    [InlineData("HTTP/1.x 200 OK")]
    [InlineData("HTTP/1.1 099 Low")]
    [InlineData("HTTP/1.1 600 High")]
    [InlineData("ICY 200 OK")]
    public void Malformed_status_lines_are_refused(string line)
    {
        Assert.False(HttpStatusLine.TryParse(line, out _));
    }

    [Theory]
    [InlineData(100, true)]
    [InlineData(103, true)]
    [InlineData(101, false)]
    [InlineData(200, false)]
    [InlineData(204, false)]
    public void Only_1xx_other_than_101_are_interim(int code, bool interim)
    {
        Assert.Equal(interim, new HttpStatusLine(1, code).IsInterim);
    }
}
