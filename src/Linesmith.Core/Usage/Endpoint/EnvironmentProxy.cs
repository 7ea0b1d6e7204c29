using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The proxy variables of docs/spec/usage-endpoint.md#transport, read from the snapshot (not the process): <c>ALL_PROXY</c>,
/// <c>all_proxy</c>, <c>HTTPS_PROXY</c>, <c>https_proxy</c>, <c>HTTP_PROXY</c>, <c>http_proxy</c>, and
/// <c>NO_PROXY</c>/<c>no_proxy</c>. A set, non-empty value that is not a URL is warned about once,
/// naming the first such variable and never its value (it may hold a password), and the request then
/// goes direct (docs/spec/edge-cases.md item 22). An empty value counts as unset.
/// </summary>
internal sealed class EnvironmentProxy
{
    public static readonly string[] Variables =
    [
        EnvironmentVariables.AllProxy, EnvironmentVariables.AllProxyLower, EnvironmentVariables.HttpsProxy,
        EnvironmentVariables.HttpsProxyLower, EnvironmentVariables.HttpProxy, EnvironmentVariables.HttpProxyLower,
    ];

    private readonly Uri? _https;
    private readonly Uri? _http;
    private readonly string[] _noProxy;

    private EnvironmentProxy(Uri? https, Uri? http, string[] noProxy)
    {
        _https = https;
        _http = http;
        _noProxy = noProxy;
    }

    /// <summary>The proxy to use, or null for a direct connection.</summary>
    public static EnvironmentProxy? FromEnvironment(EnvironmentSnapshot environment, Log log)
    {
        var parsed = new Dictionary<string, Uri>(StringComparer.Ordinal);
        foreach (var name in Variables)
        {
            if (environment.GetNonEmpty(name) is not { } value)
            {
                continue;
            }

            if (!TryParse(value, out var uri))
            {
                log.WarnOnce("proxy", $"proxy variable {name} is not a valid proxy URL; connecting directly");
                return null;
            }

            parsed[name] = uri;
        }

        var all = First(parsed, EnvironmentVariables.AllProxy, EnvironmentVariables.AllProxyLower);
        var https = First(parsed, EnvironmentVariables.HttpsProxy, EnvironmentVariables.HttpsProxyLower) ?? all;
        var http = First(parsed, EnvironmentVariables.HttpProxy, EnvironmentVariables.HttpProxyLower) ?? all;
        if (https is null && http is null)
        {
            return null;
        }

        var noProxy = (environment.GetNonEmpty(EnvironmentVariables.NoProxy) ?? environment.GetNonEmpty(EnvironmentVariables.NoProxyLower) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new EnvironmentProxy(https, http, noProxy);
    }

    /// <summary>The proxy for <paramref name="destination"/>, or null to connect directly.</summary>
    public Uri? GetProxy(Uri destination) => IsBypassed(destination) ? null : destination.Scheme == Uri.UriSchemeHttps ? _https : _http;

    public bool IsBypassed(Uri host)
    {
        if ((host.Scheme == Uri.UriSchemeHttps ? _https : _http) is null)
        {
            return true;
        }

        foreach (var entry in _noProxy)
        {
            if (entry == "*")
            {
                return true;
            }

            var suffix = entry.TrimStart('*').TrimStart('.');
            if (host.Host.Equals(suffix, StringComparison.OrdinalIgnoreCase)
                || host.Host.EndsWith("." + suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Uri? First(Dictionary<string, Uri> parsed, string upper, string lower) =>
        parsed.TryGetValue(upper, out var uri) ? uri : parsed.GetValueOrDefault(lower);

    // A bare "host:port" means http://host:port, as curl reads it.
    private static bool TryParse(string value, out Uri uri)
    {
        var text = value.Contains("://", StringComparison.Ordinal) ? value : "http://" + value;
        if (Uri.TryCreate(text, UriKind.Absolute, out var candidate)
            && candidate.Host.Length > 0
            && candidate.Scheme is "http" or "https" or "socks4" or "socks4a" or "socks5" or "socks5h")
        {
            uri = candidate;
            return true;
        }

        uri = null!;
        return false;
    }
}
