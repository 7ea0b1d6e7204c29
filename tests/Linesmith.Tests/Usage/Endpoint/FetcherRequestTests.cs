using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>
/// The fetcher's side of docs/spec/fetcher.md#request: whatever reaches its stdin is checked before a
/// request is made, since the writer may not be linesmith (docs/hostile-inputs.md).
/// </summary>
public sealed class FetcherRequestTests
{
    private static FetcherRequest Valid() => new() { Url = "https://api.anthropic.com/api/oauth/usage", Token = "t", UserAgent = "linesmith/1", TimeoutMs = 2000 };

    [Fact]
    public void A_request_round_trips_to_the_transport_request_it_came_from()
    {
        var original = new TransportRequest(new Uri("http://127.0.0.1:8080/api/oauth/usage"), "tok", "ua/1", TimeSpan.FromMilliseconds(750));

        Assert.Equal(original, FetcherRequest.From(original).ToTransportRequest(out var problem));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData(null, "url: not an absolute http or https URL")]
    [InlineData("", "url: not an absolute http or https URL")]
    [InlineData("/api/oauth/usage", "url: not an absolute http or https URL")]
    [InlineData("file:///etc/passwd", "url: not an absolute http or https URL")]
    [InlineData("ftp://api.anthropic.com/", "url: not an absolute http or https URL")]
    [InlineData("gopher://127.0.0.1:6379/_FLUSHALL", "url: not an absolute http or https URL")]
    public void A_url_that_is_not_absolute_http_is_refused(string? url, string expected)
    {
        var request = Valid();
        request.Url = url;

        Assert.Null(request.ToTransportRequest(out var problem));
        Assert.Equal(expected, problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_missing_token_or_user_agent_is_refused(string? value)
    {
        var noToken = Valid();
        noToken.Token = value;
        var noAgent = Valid();
        noAgent.UserAgent = value;

        Assert.Null(noToken.ToTransportRequest(out var tokenProblem));
        Assert.Equal("token: missing", tokenProblem);
        Assert.Null(noAgent.ToTransportRequest(out var agentProblem));
        Assert.Equal("user_agent: missing", agentProblem);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(99)]
    [InlineData(60001)]
    [InlineData(2147483647)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void A_timeout_outside_the_config_s_range_is_refused(long milliseconds)
    {
        var request = Valid();
        request.TimeoutMs = milliseconds;

        Assert.Null(request.ToTransportRequest(out var problem));
        Assert.StartsWith("timeout_ms: expected ", problem, StringComparison.Ordinal);
    }
}
