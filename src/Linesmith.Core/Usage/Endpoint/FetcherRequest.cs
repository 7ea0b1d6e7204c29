namespace Linesmith.Usage.Endpoint;

/// <summary>
/// What <c>linesmith</c> writes to <c>linesmith-fetch</c>'s stdin (docs/spec/fetcher.md#request): the
/// <see cref="TransportRequest"/> field by field. On stdin, not the command line, so the token is never
/// in another process's view (<c>ps</c>) and no value has to survive command-line quoting. Plain
/// setters for the reader (docs/adr/0003-json-records-with-setters.md).
/// </summary>
internal sealed class FetcherRequest
{
    public string? Url { get; set; }

    public string? Token { get; set; }

    public string? UserAgent { get; set; }

    public long TimeoutMs { get; set; }

    public static FetcherRequest From(TransportRequest request) => new()
    {
        Url = request.Url.AbsoluteUri,
        Token = request.Token,
        UserAgent = request.UserAgent,
        TimeoutMs = (long)request.Timeout.TotalMilliseconds,
    };

    /// <summary>
    /// The request, or null with the reason: an absolute http(s) URL, a token and a user agent, and a
    /// timeout in the range <c>[usage] timeout</c> allows (docs/spec/config.md). The fetcher takes nothing
    /// on trust: whatever wrote its stdin may not be linesmith.
    /// </summary>
    public TransportRequest? ToTransportRequest(out string? problem)
    {
        problem = null;
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problem = "url: not an absolute http or https URL";
        }
        else if (string.IsNullOrEmpty(Token))
        {
            problem = "token: missing";
        }
        else if (string.IsNullOrEmpty(UserAgent))
        {
            problem = "user_agent: missing";
        }
        else if (TimeoutMs is < UsageSettings.MinTimeoutMilliseconds or > UsageSettings.MaxTimeoutMilliseconds)
        {
            problem = $"timeout_ms: expected {UsageSettings.MinTimeoutMilliseconds} to {UsageSettings.MaxTimeoutMilliseconds}";
        }

        return problem is null ? new TransportRequest(url!, Token!, UserAgent!, TimeSpan.FromMilliseconds(TimeoutMs)) : null;
    }
}
