namespace Linesmith.Usage.Credentials;

/// <summary>One <c>Claude Code-credentials*</c> item of <c>security dump-keychain</c>: its service and modification date, if any.</summary>
internal sealed record KeychainItem(string Service, string? ModifiedAt);
