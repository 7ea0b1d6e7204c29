using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Cache;

/// <summary>
/// The disk mirror of <see cref="UsageApiResponse"/> (docs/spec/on-disk-formats.md#usagejson). Unknown endpoint keys
/// are nested under <c>unknown_buckets</c> here, where on the wire they sit flat, so that they can
/// never collide with the wrapper's own fields (<c>schema_version</c>, <c>cached_at</c>, …).
/// <c>limits</c> stays null when the endpoint did not send it (an old cache reads the same way).
/// </summary>
internal sealed record CachedData(
    UsageBucket? FiveHour = null,
    UsageBucket? SevenDay = null,
    UsageBucket? SevenDayOpus = null,
    UsageBucket? SevenDaySonnet = null,
    UsageBucket? SevenDayOauthApps = null,
    ExtraUsage? ExtraUsage = null,
    IReadOnlyList<UsageLimit>? Limits = null,
    Dictionary<string, JsonElement>? UnknownBuckets = null)
{
    private Dictionary<string, JsonElement> _unknownBuckets = UnknownBuckets ?? [];

    // For the JSON reader only (see CachedUsage).
    [JsonConstructor]
    public CachedData()
        : this(FiveHour: null)
    {
    }

    public UsageBucket? FiveHour { get; set; } = FiveHour;

    public UsageBucket? SevenDay { get; set; } = SevenDay;

    public UsageBucket? SevenDayOpus { get; set; } = SevenDayOpus;

    public UsageBucket? SevenDaySonnet { get; set; } = SevenDaySonnet;

    public UsageBucket? SevenDayOauthApps { get; set; } = SevenDayOauthApps;

    public ExtraUsage? ExtraUsage { get; set; } = ExtraUsage;

    [JsonIgnore]
    public IReadOnlyList<UsageLimit>? Limits { get; set; } = Limits;

    /// <summary><see cref="Limits"/> as the file holds it (see <see cref="CachedLimits"/>).</summary>
    [JsonInclude]
    [JsonPropertyName("limits")]
    internal CachedLimits? StoredLimits
    {
        get => Limits is null ? null : new CachedLimits(Limits);
        set => Limits = value?.Items;
    }

    [AllowNull]
    public Dictionary<string, JsonElement> UnknownBuckets
    {
        get => _unknownBuckets;
        set => _unknownBuckets = value ?? [];
    }

    public static CachedData FromResponse(UsageApiResponse response) => new(
        response.FiveHour,
        response.SevenDay,
        response.SevenDayOpus,
        response.SevenDaySonnet,
        response.SevenDayOauthApps,
        response.ExtraUsage,
        response.Limits?.Items,
        response.UnknownBuckets is null ? [] : new Dictionary<string, JsonElement>(response.UnknownBuckets, StringComparer.Ordinal));

    /// <summary>
    /// The numbers as everything but the cache reads them. The unknown buckets are shared, not copied:
    /// a read entry is never written to again, and a render copies nothing it does not need.
    /// </summary>
    public UsageData ToUsageData() => new(FiveHour, SevenDay, SevenDayOpus, SevenDaySonnet, SevenDayOauthApps, ExtraUsage, Limits, UnknownBuckets);

    /// <summary>The cache's shape of <paramref name="data"/>: what <c>usage --json</c> prints.</summary>
    public static CachedData FromUsageData(UsageData data) => new(
        data.FiveHour,
        data.SevenDay,
        data.SevenDayOpus,
        data.SevenDaySonnet,
        data.SevenDayOauthApps,
        data.ExtraUsage,
        data.Limits,
        new Dictionary<string, JsonElement>(data.UnknownBuckets, StringComparer.Ordinal));
}
