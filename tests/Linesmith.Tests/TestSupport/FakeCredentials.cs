using Linesmith.Usage.Credentials;

namespace Linesmith.Tests.TestSupport;

/// <summary>Credentials from a fixed result, counting how often they were asked for.</summary>
internal sealed class FakeCredentials(CredentialsResult result) : ICredentialsProvider
{
    public const string Token = "sk-ant-oat01-TEST-TOKEN-0123456789";

    public int Calls { get; private set; }

    public static FakeCredentials Valid() => new(CredentialsResult.Found(new OAuthCredentials(Token, ["user:inference", "user:profile"])));

    public static FakeCredentials None() => new(CredentialsResult.Failed(CredentialsError.NotFound));

    public CredentialsResult Get()
    {
        Calls++;
        return result;
    }
}
