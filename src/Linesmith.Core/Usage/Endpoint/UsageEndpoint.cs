namespace Linesmith.Usage.Endpoint;

/// <summary>
/// Builds <c>{base}/api/oauth/usage</c> (docs/spec/usage-endpoint.md#request; every trailing <c>/</c> of the base is
/// trimmed) and refuses a base that would carry the token in clear text: only <c>https</c>, or plain
/// <c>http</c> to a loopback host for tests (docs/spec/decisions.md#d4-the-usage-keys-are-wired).
/// </summary>
internal static class UsageEndpoint
{
    public const string UsagePath = "/api/oauth/usage";

    /// <summary>The URL, or null with <paramref name="problem"/> saying why the base is refused.</summary>
    public static Uri? Resolve(string baseUrl, out string? problem)
    {
        problem = null;
        var trimmed = baseUrl.Trim().TrimEnd('/');
        if (!Uri.TryCreate(trimmed + UsagePath, UriKind.Absolute, out var url) || url.Host.Length == 0)
        {
            problem = $"api_base_url '{trimmed}' is not an absolute URL";
            return null;
        }

        if (url.Scheme == Uri.UriSchemeHttps)
        {
            return url;
        }

        if (url.Scheme == Uri.UriSchemeHttp && IsLoopbackName(url.Host))
        {
            return url;
        }

        problem = url.Scheme == Uri.UriSchemeHttp
            ? $"refusing to send the OAuth token over plain http to {url.Host}: use https (plain http is allowed only for 127.0.0.1, ::1 and localhost)"
            : $"api_base_url scheme '{url.Scheme}' is not supported: use https";
        return null;
    }

    private static bool IsLoopbackName(string host) =>
        host is "127.0.0.1" or "[::1]" or "::1" || host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
}
