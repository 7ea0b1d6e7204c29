using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Commands;

/// <summary>
/// What <c>linesmith usage --json</c> prints: the source (<c>endpoint</c>, <c>cache</c>, <c>stale</c>,
/// <c>stdin</c>, <c>jsonl</c>, <c>error</c>), the data in the cache's own shape, the JSONL estimate,
/// the error if any, and whether a background refresh was started. <see cref="AgeSeconds"/> is how
/// long ago the data was fetched, and <see cref="Stale"/> whether that is more than <c>[usage]
/// stale_after</c>, so that the line marks it (docs/spec/decisions.md#d10-stale-data-is-marked).
/// </summary>
internal sealed record UsageReport(
    string Source,
    DateTimeOffset? CachedAt,
    CachedData? Data,
    JsonlUsage? Jsonl,
    UsageErrorReport? Error,
    bool RefreshStarted,
    string? Note,
    long? AgeSeconds = null,
    bool Stale = false);
