using Linesmith.Usage.Cascade;
using Linesmith.Usage.Credentials;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Jsonl;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>The code tags, display texts and bracket texts of docs/spec/usage-cascade.md#error-codes and docs/spec/rate-limit-segments.md.</summary>
public sealed class UsageErrorTests
{
    public static TheoryData<string, string, string, string> Table => new()
    {
        { "NoCredentials", "NoCredentials", "no OAuth credentials found", "[No credentials]" },
        { "Timeout", "Timeout", "endpoint request timed out", "[Timeout]" },
        { "RateLimited120", "RateLimited", "endpoint rate-limited; retry after 120s", "[Rate limited]" },
        { "RateLimitedNone", "RateLimited", "endpoint rate-limited (no Retry-After)", "[Rate limited]" },
        { "NetworkError", "NetworkError", "network error", "[Network error]" },
        { "ParseError", "ParseError", "endpoint response failed to parse", "[Parse error]" },
        { "Unauthorized", "Unauthorized", "endpoint returned 401 Unauthorized", "[Unauthorized]" },
        { "Forbidden", "Forbidden", "endpoint returned 403 Forbidden", "[Forbidden]" },
        { "JsonlNoEntries", "Jsonl", "JSONL fallback failed: NoEntries", "[No data]" },
        { "JsonlIo", "Jsonl", "JSONL fallback failed: IoError", "[Parse error]" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Codes_and_texts(string name, string code, string display, string bracket)
    {
        var error = Build(name);

        Assert.Equal((code, display, bracket), (error.Code, error.Display, error.BracketText));
    }

    [Theory]
    [InlineData("SubprocessFailed", "[Keychain error]")]
    [InlineData("IoError", "[Credentials unreadable]")]
    [InlineData("ParseError", "[Parse error]")]
    [InlineData("MissingField", "[No credentials]")]
    [InlineData("EmptyToken", "[No credentials]")]
    public void Credential_errors_render_by_their_inner_code(string inner, string bracket)
    {
        var error = UsageError.FromCredentials(new CredentialsError(Enum.Parse<CredentialsErrorCode>(inner), "d"));

        Assert.Equal(("Credentials", bracket, "credentials error: d"), (error.Code, error.BracketText, error.Display));
    }

    [Theory]
    [InlineData("NoCredentials", "NoCredentials")]
    [InlineData("Timeout", "Timeout")]
    [InlineData("Unauthorized", "Unauthorized")]
    [InlineData("Forbidden", "Forbidden")]
    [InlineData("ParseError", "ParseError")]
    [InlineData("RateLimited", "RateLimited")]
    [InlineData("rate-limited", "NetworkError")]
    [InlineData("MissingField", "NetworkError")]
    [InlineData("Jsonl", "NetworkError")]
    [InlineData(null, "NetworkError")]
    public void Code_to_error_rebuilds_a_stored_tag(string? tag, string code)
    {
        Assert.Equal(code, UsageError.FromCode(tag).Code);
    }

    [Theory]
    [InlineData("Timeout")]
    [InlineData("RateLimited120")]
    [InlineData("NetworkError")]
    [InlineData("ParseError")]
    [InlineData("Unauthorized")]
    [InlineData("Forbidden")]
    public void An_endpoint_failure_keeps_the_endpoint_s_own_tag_and_texts(string name)
    {
        var error = Build(name);
        var endpoint = error.Endpoint!;

        Assert.Equal((UsageErrorKind.Endpoint, endpoint.Code, endpoint.Display, endpoint.BracketText), (error.Kind, error.Code, error.Display, error.BracketText));
    }

    [Fact]
    public void A_stored_rate_limit_has_no_value() => Assert.Null(UsageError.FromCode("RateLimited").RetryAfter);

    private static UsageError Build(string name) => name switch
    {
        "NoCredentials" => UsageError.NoCredentials,
        "Timeout" => UsageError.FromEndpoint(EndpointError.Timeout),
        "RateLimited120" => UsageError.FromEndpoint(EndpointError.RateLimited(TimeSpan.FromSeconds(120))),
        "RateLimitedNone" => UsageError.FromEndpoint(EndpointError.RateLimited(null)),
        "NetworkError" => UsageError.FromEndpoint(EndpointError.NetworkError),
        "ParseError" => UsageError.FromEndpoint(EndpointError.ParseError),
        "Unauthorized" => UsageError.FromEndpoint(EndpointError.Unauthorized),
        "Forbidden" => UsageError.FromEndpoint(EndpointError.Forbidden),
        "JsonlNoEntries" => UsageError.FromJsonl(JsonlErrorCode.NoEntries),
        _ => UsageError.FromJsonl(JsonlErrorCode.IoError),
    };
}
