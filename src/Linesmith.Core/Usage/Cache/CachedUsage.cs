using System.Text.Json.Serialization;
namespace Linesmith.Usage.Cache;

/// <summary>
/// One <c>usage.json</c> entry (docs/spec/on-disk-formats.md#usagejson). Writers go through <see cref="WithData"/> or
/// <see cref="WithError"/>, which keep exactly one of <see cref="Data"/> and <see cref="Error"/>
/// non-null; readers accept any combination and leave anomalies to the cascade (docs/spec/usage-cascade.md#freshness-and-anomalies).
/// </summary>
internal sealed record CachedUsage(
    uint SchemaVersion,
    DateTimeOffset CachedAt,
    CachedData? Data = null,
    CachedError? Error = null)
{
    // The cache types are positional records for code, and for the JSON reader an empty constructor
    // plus setters: the source generator builds a record through its constructor only via a pooled
    // object[] of arguments, and that path's first use costs every cold start with a cache about
    // 0.3 ms (measured with bench/startup). [JsonRequired] keeps the required keys required.
    [JsonConstructor]
    public CachedUsage()
        : this(0, default)
    {
    }

    [JsonRequired]
    public uint SchemaVersion { get; set; } = SchemaVersion;

    [JsonRequired]
    public DateTimeOffset CachedAt { get; set; } = CachedAt;

    public CachedData? Data { get; set; } = Data;

    public CachedError? Error { get; set; } = Error;

    public static CachedUsage WithData(CachedData data, DateTimeOffset cachedAt) =>
        new(CacheSchema.Version, cachedAt, data ?? throw new ArgumentNullException(nameof(data)), null);

    public static CachedUsage WithError(string code, DateTimeOffset cachedAt) =>
        new(CacheSchema.Version, cachedAt, null, new CachedError(code ?? throw new ArgumentNullException(nameof(code))));

    /// <summary>
    /// True when this entry may be served without a fetch: it holds data and is younger than
    /// <paramref name="duration"/> at <paramref name="now"/> (docs/spec/usage-cascade.md#algorithm step 2; an error-only entry is never fresh).
    /// Allocation-free.
    /// </summary>
    public bool IsFreshAt(DateTimeOffset now, TimeSpan duration) => Data is not null && Freshness.IsFresh(CachedAt, now, duration);
}
