using System.Text.Json;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// Turns credentials JSON into a token or a docs/spec/credentials.md error: not JSON or a token that is not a string →
/// ParseError; no <c>claudeAiOauth</c> or no <c>accessToken</c> key → MissingField; <c>null</c> or
/// <c>""</c> → EmptyToken (docs/spec/credentials.md table, docs/spec/edge-cases.md item 53).
/// </summary>
internal static class CredentialsParser
{
    /// <param name="bytes">The JSON text.</param>
    /// <param name="source">How the display string names the origin, e.g. <c>credentials file /x/.credentials.json</c>.</param>
    public static CredentialsResult Parse(ReadOnlySpan<byte> bytes, string source)
    {
        CredentialsDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(bytes, CredentialsJsonContext.Default.CredentialsDocument);
        }
        catch (JsonException exception)
        {
            // Line and column only: the exception message may quote the input, which holds the token.
            return CredentialsResult.Failed(CredentialsError.Parse(source, (exception.LineNumber ?? 0) + 1, (exception.BytePositionInLine ?? 0) + 1));
        }

        if (document?.ClaudeAiOauth is not { } block)
        {
            return CredentialsResult.Failed(CredentialsError.Missing(source));
        }

        return block.AccessToken.ValueKind switch
        {
            JsonValueKind.Undefined => CredentialsResult.Failed(CredentialsError.Missing(source)),
            JsonValueKind.Null => CredentialsResult.Failed(CredentialsError.Empty(source)),
            JsonValueKind.String when TokenText(block.AccessToken) is null => CredentialsResult.Failed(CredentialsError.Parse(source, 1, 1)),
            JsonValueKind.String when TokenText(block.AccessToken) is { Length: > 0 } token =>
                CredentialsResult.Found(new OAuthCredentials(token, block.Scopes ?? [])),
            JsonValueKind.String => CredentialsResult.Failed(CredentialsError.Empty(source)),
            _ => CredentialsResult.Failed(CredentialsError.Parse(source, 1, 1)),
        };
    }

    // A lone surrogate escape ("\ud800") is valid JSON but no string: GetString throws. It is a parse error, not a crash.
    private static string? TokenText(JsonElement token)
    {
        try
        {
            return token.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
