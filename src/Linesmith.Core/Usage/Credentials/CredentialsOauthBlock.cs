using System.Text.Json;

namespace Linesmith.Usage.Credentials;

/// <summary><c>claudeAiOauth</c>: only <c>accessToken</c> and <c>scopes</c> (default empty) are consumed.</summary>
internal sealed record CredentialsOauthBlock(JsonElement AccessToken, List<string>? Scopes);
