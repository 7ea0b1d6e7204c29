using Linesmith.Diagnostics;
using Linesmith.Tests.TestSupport;
using Linesmith.Usage;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>The fetcher cases of docs/spec/edge-cases.md items 16-21 against a fake transport.</summary>
public sealed class UsageClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 4, 19, 18, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Item16_trailing_slashes_are_trimmed_and_token_and_timeout_pass_through()
    {
        var transport = FakeTransport.Ok();
        var settings = UsageSettings.Defaults with { ApiBaseUrl = "https://api.anthropic.com//", Timeout = TimeSpan.FromMilliseconds(750) };
        var url = UsageEndpoint.Resolve(settings.ApiBaseUrl, out _)!;

        new UsageClient(transport, settings, TimeProvider.System, Log.Silent).Fetch(url, FakeCredentials.Token);

        var request = Assert.Single(transport.Requests);
        Assert.Equal("https://api.anthropic.com/api/oauth/usage", request.Url.ToString());
        Assert.Equal(FakeCredentials.Token, request.Token);
        Assert.Equal(TimeSpan.FromMilliseconds(750), request.Timeout);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(403, "Forbidden")]
    [InlineData(500, "NetworkError")]
    [InlineData(503, "NetworkError")]
    [InlineData(302, "NetworkError")]
    [InlineData(404, "NetworkError")]
    [InlineData(204, "ParseError")]
    [InlineData(429, "RateLimited")]
    public void Item17_statuses_map_to_their_errors(int status, string code) =>
        Assert.Equal(code, Classify(TransportOutcome.Response(status, [])).Error?.Code);

    [Fact]
    public void Item17_malformed_200_is_a_parse_error() =>
        Assert.Equal(EndpointErrorKind.ParseError, Classify(TransportOutcome.Response(200, "{ nope"u8.ToArray())).Error?.Kind);

    [Fact]
    public void Oversize_200_body_is_a_parse_error() =>
        Assert.Equal(EndpointErrorKind.ParseError, Classify(TransportOutcome.Response(200, [], bodyTooLarge: true)).Error?.Kind);

    [Fact]
    public void Item17_timeout_and_refused_connection() =>
        Assert.Equal(
            (EndpointErrorKind.Timeout, EndpointErrorKind.NetworkError),
            (Classify(TransportOutcome.Timeout()).Error?.Kind, Classify(TransportOutcome.Failed("refused")).Error?.Kind));

    [Fact]
    public void Success_parses_the_body()
    {
        var result = Classify(TransportOutcome.Response(200, System.Text.Encoding.UTF8.GetBytes(FakeTransport.Body)));

        Assert.Null(result.Error);
        Assert.Equal(42.0f, result.Response?.FiveHour?.Utilization);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData(null, 300)]
    [InlineData("Sun, 19 Apr 2026 18:05:00 GMT", 300)]
    public void Item18_429_always_carries_a_retry_after(string? header, long seconds) =>
        Assert.Equal(EndpointError.RateLimited(TimeSpan.FromSeconds(seconds)), Classify(TransportOutcome.Response(429, [], header)).Error);

    [Fact]
    public void Item20_a_401_never_shows_the_token()
    {
        var transport = FakeTransport.Status(401);
        var stderr = new StringWriter();
        var log = new Log(LogLevel.Debug, null, stderr, TimeProvider.System);
        var url = UsageEndpoint.Resolve("https://api.anthropic.com", out _)!;

        var error = new UsageClient(transport, UsageSettings.Defaults, TimeProvider.System, log).Fetch(url, FakeCredentials.Token).Error!;

        Assert.DoesNotContain(FakeCredentials.Token, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCredentials.Token, error.Display, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeCredentials.Token, transport.Requests[0].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(LogLines.Of(stderr), line => line.Contains(FakeCredentials.Token, StringComparison.Ordinal));
        Assert.NotEmpty(LogLines.Of(stderr));
    }

    [Fact]
    public void Item21_user_agent_is_linesmith_slash_version()
    {
        Assert.StartsWith("linesmith/", UsageSettings.Defaults.UserAgent, StringComparison.Ordinal);
        Assert.EndsWith("0.1.0", UsageSettings.Defaults.UserAgent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_configured_user_agent_is_sent()
    {
        var transport = FakeTransport.Ok();
        var url = UsageEndpoint.Resolve("https://api.anthropic.com", out _)!;

        new UsageClient(transport, UsageSettings.Defaults with { UserAgent = "custom/1" }, TimeProvider.System, Log.Silent).Fetch(url, "t");

        Assert.Equal("custom/1", transport.Requests[0].UserAgent);
    }

    private static FetchResult Classify(TransportOutcome outcome) => UsageClient.Classify(outcome, Now, Log.Silent);
}
