namespace Linesmith.Usage.Credentials;

/// <summary>
/// The two fields linesmith consumes from <c>claudeAiOauth</c> (docs/spec/credentials.md). <c>expiresAt</c>
/// is deliberately not checked: the endpoint's 401 is the authority. <see cref="ToString"/> is
/// redacted so that the token cannot leak through string formatting.
/// </summary>
internal sealed class OAuthCredentials(string accessToken, IReadOnlyList<string> scopes)
{
    public string AccessToken { get; } = accessToken;

    public IReadOnlyList<string> Scopes { get; } = scopes;

    public override string ToString() => $"OAuthCredentials(accessToken: [REDACTED], scopes: [{string.Join(", ", Scopes)}])";
}
