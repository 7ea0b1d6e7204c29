using Linesmith.Usage.Endpoint.Http;

namespace Linesmith.Tests.Usage.Endpoint.Http;

/// <summary>Proxy URL credentials: percent-decoded, Basic-encoded, never printed.</summary>
public sealed class ProxyCredentialsTests
{
    [Theory]
    [InlineData("http://proxy:3128", null, null)]
    [InlineData("http://alice@proxy:3128", "alice", "")]
    [InlineData("http://alice:s3cret@proxy:3128", "alice", "s3cret")]
    [InlineData("http://al%40ce:p%3Ass%40w@proxy:3128", "al@ce", "p:ss@w")]
    public void User_and_password_are_percent_decoded(string url, string? user, string? password)
    {
        var credentials = ProxyCredentials.Of(new Uri(url));

        Assert.Equal((user, password), (credentials?.User, credentials?.Password));
    }

    [Fact]
    public void The_basic_value_is_base64_of_user_colon_password()
    {
        Assert.Equal("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", new ProxyCredentials("Aladdin", "open sesame").BasicHeaderValue);
    }

    [Fact]
    public void The_text_form_hides_the_password()
    {
        Assert.DoesNotContain("s3cret", new ProxyCredentials("alice", "s3cret").ToString(), StringComparison.Ordinal);
    }
}
