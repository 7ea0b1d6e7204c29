namespace Linesmith.Usage.Endpoint;

/// <summary>One usage request as the transport sees it. <see cref="ToString"/> leaves the token out.</summary>
internal sealed record TransportRequest(Uri Url, string Token, string UserAgent, TimeSpan Timeout)
{
    /// <summary>The three headers docs/spec/usage-endpoint.md#transport names, in the order they are sent.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Headers =>
    [
        new("Authorization", "Bearer " + Token),
        new("anthropic-beta", UsageClient.BetaHeader),
        new("User-Agent", UserAgent),
    ];

    public override string ToString() => $"GET {Url} (user agent {UserAgent}, timeout {(long)Timeout.TotalMilliseconds} ms)";
}
