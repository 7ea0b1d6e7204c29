using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// The credentials cascade of docs/spec/credentials.md: Keychain first where it applies, then the files,
/// then the remembered Keychain error or NoCredentials. Memoized once per process (errors too), and
/// only ever called when a fetch is about to happen, so a render served from cache never touches
/// the Keychain or the files.
/// </summary>
/// <param name="environment">Where <c>USER</c>/<c>PATH</c> for the Keychain come from.</param>
/// <param name="directories">Where the file cascade looks (<see cref="ClaudeDirectories.DataDirectories"/>).</param>
/// <param name="useKeychain">Query the macOS Keychain: <see cref="OperatingSystem.IsMacOS"/> in production; a test forces it on.</param>
/// <param name="keychainBudget">Per <c>security</c> call; 2 s by default.</param>
internal sealed class CredentialsProvider(EnvironmentSnapshot environment, ClaudeDirectories directories, bool useKeychain, TimeSpan? keychainBudget = null) : ICredentialsProvider
{
    private readonly EnvironmentSnapshot _environment = environment;
    private readonly ClaudeDirectories _directories = directories;
    private readonly bool _useKeychain = useKeychain;
    private readonly TimeSpan _keychainBudget = keychainBudget ?? SecurityCommand.DefaultBudget;
    private CredentialsResult? _result;

    public static CredentialsProvider ForPlatform(EnvironmentSnapshot environment, ClaudeDirectories directories) => new(environment, directories, OperatingSystem.IsMacOS());

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

        return CredentialsFiles.Read(_directories) ?? CredentialsResult.Failed(remembered ?? CredentialsError.NotFound);
    }
}
