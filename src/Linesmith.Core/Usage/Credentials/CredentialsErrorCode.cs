namespace Linesmith.Usage.Credentials;

/// <summary>The six credential error codes of docs/spec/credentials.md (docs/spec/edge-cases.md item 54: six unique codes).</summary>
internal enum CredentialsErrorCode
{
    NoCredentials,
    SubprocessFailed,
    IoError,
    ParseError,
    MissingField,
    EmptyToken,
}
