namespace Linesmith.Usage.Credentials;

/// <summary>The lazy credentials seam of the cascade (usage-cache.md §5 inputs); tests count its calls.</summary>
internal interface ICredentialsProvider
{
    CredentialsResult Get();
}
