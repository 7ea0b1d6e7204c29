using Linesmith.Usage.Endpoint;

namespace Linesmith.Usage.Cascade;

/// <summary>The failure-lock table of docs/spec/usage-cascade.md#back-off and docs/spec/usage-endpoint.md#401-and-403.</summary>
internal static class Backoff
{
    /// <summary>Short: Timeout, NetworkError, ParseError, and 401 (Claude Code refreshes the token on its next request).</summary>
    public const long ErrorSeconds = 30;

    /// <summary>A 403 needs the user to sign in again: 300 s (<c>DEFAULT_AUTH_BACKOFF</c>, docs/spec/usage-endpoint.md#401-and-403).</summary>
    public const long AuthSeconds = 300;

    public static long Seconds(EndpointError error) => error.Kind switch
    {
        EndpointErrorKind.RateLimited => Math.Clamp((long)(error.RetryAfter ?? RetryAfter.Default).TotalSeconds, (long)RetryAfter.Minimum.TotalSeconds, (long)RetryAfter.Cap.TotalSeconds),
        EndpointErrorKind.Forbidden => AuthSeconds,
        _ => ErrorSeconds,
    };

    /// <summary><c>now + seconds</c>, saturating; the read side caps it at now + 24 h anyway.</summary>
    public static long Until(DateTimeOffset now, long seconds)
    {
        var start = now.ToUnixTimeSeconds();
        return seconds > long.MaxValue - start ? long.MaxValue : start + seconds;
    }
}
