using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// The credentials cascade of docs/spec/credentials.md: Keychain first where it applies, then the files,
/// then the remembered Keychain error or NoCredentials. Memoized once per process (errors too), and
/// only ever called when a fetch is about to happen, so a render served from cache never touches
/// the Keychain or the files.
/// </summary>
/// <param name="environment">Where the file cascade and <c>USER</c>/<c>PATH</c> come from.</param>
/// <param name="useKeychain">Query the macOS Keychain: <see cref="OperatingSystem.IsMacOS"/> in production; a test forces it on.</param>
/// <param name="keychainBudget">Per <c>security</c> call; 2 s by default.</param>
internal sealed class CredentialsProvider(EnvironmentSnapshot environment, bool useKeychain, TimeSpan? keychainBudget = null) : ICredentialsProvider
{
    private readonly EnvironmentSnapshot _environment = environment;
    private readonly bool _useKeychain = useKeychain;
    private readonly TimeSpan _keychainBudget = keychainBudget ?? SecurityCommand.DefaultBudget;
    private CredentialsResult? _result;

    public static CredentialsProvider ForPlatform(EnvironmentSnapshot environment) => new(environment, OperatingSystem.IsMacOS());

    public CredentialsResult Get() => _result ??= Resolve();

    private CredentialsResult Resolve()
    {
        CredentialsError? remembered = null;
        if (_useKeychain)
        {
            var keychain = new KeychainCredentials(new SecurityCommand(_environment, _keychainBudget), _environment.GetNonEmpty(EnvironmentVariables.User));
            if (keychain.Find() is { } found)
            {
                return CredentialsResult.Found(found);
            }

            remembered = keychain.RememberedError;
        }

        return CredentialsFiles.Read(_environment) ?? CredentialsResult.Failed(remembered ?? CredentialsError.NotFound);
    }
}
