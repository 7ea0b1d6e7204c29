namespace Linesmith.Usage.Cache;

/// <summary>
/// One <c>usage.json</c> entry (usage-cache.md §1.2). Writers go through <see cref="WithData"/> or
/// <see cref="WithError"/>, which keep exactly one of <see cref="Data"/> and <see cref="Error"/>
/// non-null; readers accept any combination and leave anomalies to the cascade (§6).
/// </summary>
internal sealed record CachedUsage(
    uint SchemaVersion,
    DateTimeOffset CachedAt,
    CachedData? Data = null,
    CachedError? Error = null)
{
    public static CachedUsage WithData(CachedData data, DateTimeOffset cachedAt) =>
        new(CacheSchema.Version, cachedAt, data ?? throw new ArgumentNullException(nameof(data)), null);

    public static CachedUsage WithError(string code, DateTimeOffset cachedAt) =>
        new(CacheSchema.Version, cachedAt, null, new CachedError(code ?? throw new ArgumentNullException(nameof(code))));

    /// <summary>
    /// True when this entry may be served without a fetch: it holds data and is younger than
    /// <paramref name="duration"/> at <paramref name="now"/> (§5 step 2; an error-only entry is never fresh).
    /// Allocation-free.
    /// </summary>
    public bool IsFreshAt(DateTimeOffset now, TimeSpan duration) => Data is not null && Freshness.IsFresh(CachedAt, now, duration);
}
