namespace Linesmith.Usage.Credentials;

/// <summary>The lazy credentials seam of the cascade (docs/spec/usage-cascade.md#algorithm inputs); tests count its calls.</summary>
internal interface ICredentialsProvider
{
    CredentialsResult Get();
}
