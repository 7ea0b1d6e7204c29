namespace Linesmith.Usage.Endpoint;

/// <summary>One usage request as the transport sees it. <see cref="ToString"/> leaves the token out.</summary>
internal sealed record TransportRequest(Uri Url, string Token, string UserAgent, TimeSpan Timeout)
{
    public override string ToString() => $"GET {Url} (user agent {UserAgent}, timeout {(long)Timeout.TotalMilliseconds} ms)";
}
