using Linesmith.Usage.Endpoint;

namespace Linesmith.Tests.Usage.Endpoint;

/// <summary>docs/spec/decisions.md#d4-the-usage-keys-are-wired: the token travels only over https, or plain http to a loopback host.</summary>
public sealed class UsageEndpointTests
{
    [Theory]
    [InlineData("https://api.anthropic.com", "https://api.anthropic.com/api/oauth/usage")]
    [InlineData("https://api.anthropic.com///", "https://api.anthropic.com/api/oauth/usage")]
    [InlineData("http://127.0.0.1:8080/", "http://127.0.0.1:8080/api/oauth/usage")]
    [InlineData("http://localhost:1", "http://localhost:1/api/oauth/usage")]
    [InlineData("http://[::1]:1", "http://[::1]:1/api/oauth/usage")]
    public void Accepted_bases(string baseUrl, string expected) =>
        Assert.Equal(expected, UsageEndpoint.Resolve(baseUrl, out _)?.ToString());

    [Theory]
    [InlineData("http://api.anthropic.com")]
    [InlineData("http://127.0.0.2")]
    [InlineData("http://localhost.evil.example")]
    [InlineData("ftp://127.0.0.1")]
    [InlineData("not a url")]
    public void Refused_bases_say_why(string baseUrl)
    {
        Assert.Null(UsageEndpoint.Resolve(baseUrl, out var problem));
        Assert.False(string.IsNullOrEmpty(problem));
    }

    [Fact]
    public void Plain_http_to_a_remote_host_names_the_reason()
    {
        UsageEndpoint.Resolve("http://api.anthropic.com", out var problem);

        Assert.StartsWith("refusing to send the OAuth token over plain http to api.anthropic.com", problem, StringComparison.Ordinal);
    }
}
