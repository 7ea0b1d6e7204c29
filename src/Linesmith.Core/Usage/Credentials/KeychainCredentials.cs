namespace Linesmith.Usage.Credentials;

/// <summary>
/// macOS Keychain lookups of docs/spec/credentials.md steps 1 and 2. Returns the token, or null to go on
/// with the file cascade; <see cref="RememberedError"/> holds the first failure worth reporting when
/// nothing else is found (step 4).
/// </summary>
internal sealed class KeychainCredentials(SecurityCommand security, string? user)
{
    public const string Service = KeychainDump.ServicePrefix;

    public CredentialsError? RememberedError { get; private set; }

    public OAuthCredentials? Find()
    {
        return Primary() ?? MultiAccount();
    }

    private OAuthCredentials? Primary()
    {
        string[] arguments = user is { Length: > 0 }
            ? ["find-generic-password", "-a", user, "-w", "-s", Service]
            : ["find-generic-password", "-w", "-s", Service];
        var outcome = security.Run(arguments);
        if (outcome.NotFound)
        {
            return null;
        }

        if (!outcome.Succeeded)
        {
            Remember(CredentialsError.Subprocess(outcome.FailureKind()));
            return null;
        }

        return Accept(outcome.Stdout, stopOnParseError: false, out _);
    }

    private OAuthCredentials? MultiAccount()
    {
        var dump = security.Run("dump-keychain");
        if (!dump.Succeeded)
        {
            if (!dump.NotFound)
            {
                Remember(CredentialsError.Subprocess(dump.FailureKind()));
            }

            return null;
        }

        foreach (var item in KeychainDump.Parse(dump.Stdout))
        {
            var outcome = security.Run("find-generic-password", "-w", "-s", item.Service);
            if (!outcome.Succeeded)
            {
                if (!outcome.NotFound)
                {
                    Remember(CredentialsError.Subprocess(outcome.FailureKind()));
                }

                continue;
            }

            if (Accept(outcome.Stdout, stopOnParseError: true, out var stop) is { } found)
            {
                return found;
            }

            if (stop)
            {
                return null;
            }
        }

        return null;
    }

    // Empty output, MissingField and EmptyToken mean "not here"; a ParseError is remembered (and ends step 2).
    private OAuthCredentials? Accept(string stdout, bool stopOnParseError, out bool stop)
    {
        stop = false;
        var text = stdout.Trim();
        if (text.Length == 0)
        {
            return null;
        }

        var result = CredentialsParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), "keychain item");
        if (result.Credentials is { } credentials)
        {
            return credentials;
        }

        if (result.Error is { Code: CredentialsErrorCode.ParseError } error)
        {
            Remember(error);
            stop = stopOnParseError;
        }

        return null;
    }

    private void Remember(CredentialsError error) => RememberedError ??= error;
}
