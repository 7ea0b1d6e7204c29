using System.Text.Json;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// The shape of <c>.credentials.json</c> and of the Keychain item (docs/spec/credentials.md). The token is
/// read as a raw <see cref="JsonElement"/> so that "absent" (Undefined), <c>null</c>, <c>""</c> and
/// "not a string" stay four different outcomes.
/// </summary>
internal sealed record CredentialsDocument(CredentialsOauthBlock? ClaudeAiOauth);
