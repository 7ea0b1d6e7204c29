namespace Linesmith.Usage.Credentials;

/// <summary>The six credential error codes of usage-cache.md §4 (§9 item 54: six unique codes).</summary>
internal enum CredentialsErrorCode
{
    NoCredentials,
    SubprocessFailed,
    IoError,
    ParseError,
    MissingField,
    EmptyToken,
}
