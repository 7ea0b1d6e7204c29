namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>What a client asked the loopback SOCKS proxy for: the version, the target as sent (a name or an address), and any credentials.</summary>
internal sealed record SocksRequest(int Version, string Host, int Port, bool HostWasName, string? User, string? Password);
