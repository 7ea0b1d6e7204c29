namespace Linesmith.Usage.Credentials;

/// <summary>
/// Why no token could be had (docs/spec/credentials.md). <see cref="Display"/> is the exact display string
/// of docs/spec/credentials.md and never holds token bytes: a parse failure names only line and column, never the
/// parser's snippet of the input (docs/spec/edge-cases.md item 54).
/// </summary>
internal sealed record CredentialsError(CredentialsErrorCode Code, string Display)
{
    public static CredentialsError NotFound { get; } = new(CredentialsErrorCode.NoCredentials, "no OAuth credentials found");

    public static CredentialsError Subprocess(string kind) => new(CredentialsErrorCode.SubprocessFailed, $"security subprocess failed ({kind})");

    public static CredentialsError Io(string path, string kind) => new(CredentialsErrorCode.IoError, $"failed to read credentials file {path}: {kind}");

    public static CredentialsError Parse(string source, long line, long column) =>
        new(CredentialsErrorCode.ParseError, $"{source} failed to parse at line {line}, column {column}");

    public static CredentialsError Missing(string source) => new(CredentialsErrorCode.MissingField, $"{source} missing claudeAiOauth.accessToken");

    public static CredentialsError Empty(string source) => new(CredentialsErrorCode.EmptyToken, $"{source} has empty accessToken");

    public override string ToString() => $"{Code}: {Display}";
}
