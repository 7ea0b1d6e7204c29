namespace Linesmith.Usage.Credentials;

/// <summary>Either credentials or the error that stood in their way; exactly one is non-null.</summary>
internal sealed record CredentialsResult(OAuthCredentials? Credentials, CredentialsError? Error)
{
    public static CredentialsResult Found(OAuthCredentials credentials) => new(credentials, null);

    public static CredentialsResult Failed(CredentialsError error) => new(null, error);
}
