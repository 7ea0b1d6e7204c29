namespace Linesmith.Config;

/// <summary>
/// <c>[usage]</c> as written in the config file (docs/spec/config.md#keys, docs/spec/decisions.md#d4-the-usage-keys-are-wired); environment
/// overrides are applied by the usage settings that consume these values. Null means "not set".
/// The ranges are checked where the file is read, so every value here is usable as it is.
/// </summary>
internal sealed record UsageOptions(long? CacheDurationSeconds, string? ApiBaseUrl, double? TimeoutSeconds, string? UserAgent, long? StaleAfterSeconds = null)
{
    public const long DefaultCacheDurationSeconds = 180;

    /// <summary>
    /// A day: data older than that is no longer "the current usage", and the success lock this long
    /// is as long as any lock may block (docs/spec/on-disk-formats.md#usagelock). Also catches milliseconds written for seconds.
    /// </summary>
    public const long MaxCacheDurationSeconds = 86_400;

    public const double DefaultTimeoutSeconds = 2;

    /// <summary>No request (DNS, connect, TLS, the body) completes in less: a smaller value would fail every fetch.</summary>
    public const double MinTimeoutSeconds = 0.1;

    /// <summary>The render waits at most this for the endpoint; a larger value is usually milliseconds written for seconds.</summary>
    public const double MaxTimeoutSeconds = 60;

    /// <summary>
    /// <c>stale_after</c>: data older than this carries the stale marker on the line (docs/spec/decisions.md#d10-stale-data-is-marked). 15
    /// minutes is five cache durations: a working setup refreshes long before, so the marker means the
    /// endpoint has been failing or blocked for a while, not a routine refresh.
    /// </summary>
    public const long DefaultStaleAfterSeconds = 900;

    /// <summary>At least a minute (the refresh itself takes up to the timeout); at most 30 days, past which no usage number means anything.</summary>
    public const long MinStaleAfterSeconds = 60;

    public const long MaxStaleAfterSeconds = 30 * 86_400;
}
