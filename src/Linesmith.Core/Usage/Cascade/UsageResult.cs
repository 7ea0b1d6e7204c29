using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// What the cascade resolved: the source, the data (endpoint shape, also for cache and stdin), the
/// JSONL estimate, and the error if the endpoint failed (kept beside stale or JSONL data so that
/// <c>usage</c> can show both). <see cref="RefreshStarted"/> says a background refresh was launched;
/// <see cref="Note"/> explains a refresh that did not fetch.
/// </summary>
internal sealed record UsageResult(
    UsageSource Source,
    UsageData? Data = null,
    DateTimeOffset? CachedAt = null,
    JsonlUsage? Jsonl = null,
    UsageError? Error = null,
    bool RefreshStarted = false,
    string? Note = null)
{
    public static UsageResult Failed(UsageError error) => new(UsageSource.Error, Error: error);

    /// <summary>
    /// The data was fetched more than <paramref name="staleAfter"/> before <paramref name="now"/>, or is
    /// dated ahead of it (its age is unknown): the line marks it (docs/spec/decisions.md#d10-stale-data-is-marked).
    /// </summary>
    public bool IsStaleAt(DateTimeOffset now, TimeSpan staleAfter) =>
        Data is not null && CachedAt is { } at && Freshness.IsOld(at, now, staleAfter);
}
