using System.Globalization;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// Where to connect: an ASCII host name or IP literal (IPv6 without brackets, as DNS, SOCKS and SNI
/// want it) and a port.
/// </summary>
internal readonly record struct HostPort(string Host, int Port)
{
    /// <summary>The host and port of <paramref name="uri"/>; <paramref name="defaultPort"/> when it names none.</summary>
    public static HostPort Of(Uri uri, int defaultPort) =>
        new(uri.IdnHost.Trim('[', ']'), uri.Port > 0 ? uri.Port : defaultPort);

    public bool IsIPv6 => Host.Contains(':', StringComparison.Ordinal);

    /// <summary><c>host:port</c>, IPv6 in brackets: the CONNECT target and the Host header of a tunnel.</summary>
    public string Authority => IsIPv6
        ? string.Create(CultureInfo.InvariantCulture, $"[{Host}]:{Port}")
        : string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}");
}
