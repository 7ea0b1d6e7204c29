using Linesmith.Usage.Credentials;

namespace Linesmith.Tests.Usage.Credentials;

/// <summary>docs/spec/credentials.md JSON shape and error table, docs/spec/edge-cases.md items 53-54.</summary>
public sealed class CredentialsParserTests
{
    private const string Token = "sk-ant-oat01-SECRET-VALUE";

    [Fact]
    public void Item53_valid_document_gives_token_and_scopes()
    {
        var result = Parse($$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}","refreshToken":"r","expiresAt":1,"scopes":["user:inference","user:profile"],"subscriptionType":"max"}}""");

        Assert.Equal(Token, result.Credentials?.AccessToken);
        Assert.Equal(["user:inference", "user:profile"], result.Credentials?.Scopes);
    }

    [Fact]
    public void Item53_missing_scopes_default_to_empty() =>
        Assert.Empty(Parse($$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}"}}""").Credentials!.Scopes);

    [Theory]
    [InlineData("""{"claudeAiOauth":{"accessToken":null}}""", "EmptyToken")]
    [InlineData("""{"claudeAiOauth":{"accessToken":""}}""", "EmptyToken")]
    [InlineData("""{"claudeAiOauth":{"refreshToken":"r"}}""", "MissingField")]
    [InlineData("""{"other":{}}""", "MissingField")]
    [InlineData("""{"claudeAiOauth":{"accessToken":42}}""", "ParseError")]
    [InlineData("""{ not json""", "ParseError")]
    [InlineData("""{"claudeAiOauth":{"accessToken":"\ud800"}}""", "ParseError")]
    public void Item53_error_table(string json, string code) => Assert.Equal(code, Parse(json).Error?.Code.ToString());

    [Fact]
    public void Item54_six_unique_codes() => Assert.Equal(6, Enum.GetValues<CredentialsErrorCode>().Distinct().Count());

    [Fact]
    public void Item54_parse_error_text_names_line_and_column_and_never_the_token()
    {
        var error = Parse($$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}" oops}}""").Error!;

        Assert.Equal("credentials file /x/.credentials.json failed to parse at line 1, column 61", error.Display);
        Assert.DoesNotContain(Token, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Item54_credentials_never_format_the_token() =>
        Assert.DoesNotContain(Token, Parse($$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}"}}""").ToString(), StringComparison.Ordinal);

    [Fact]
    public void Display_strings_of_section_4()
    {
        Assert.Equal("credentials file /x/.credentials.json missing claudeAiOauth.accessToken", Parse("{}").Error?.Display);
        Assert.Equal("credentials file /x/.credentials.json has empty accessToken", Parse("""{"claudeAiOauth":{"accessToken":""}}""").Error?.Display);
        Assert.Equal("no OAuth credentials found", CredentialsError.NotFound.Display);
    }

    private static CredentialsResult Parse(string json) =>
        CredentialsParser.Parse(System.Text.Encoding.UTF8.GetBytes(json), "credentials file /x/.credentials.json");
}
