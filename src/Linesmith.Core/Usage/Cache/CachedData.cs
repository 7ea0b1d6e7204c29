using System.Text.Json;
using System.Text.Json.Serialization;
using Linesmith.Usage.Endpoint;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Cache;

/// <summary>
/// The disk mirror of <see cref="UsageApiResponse"/> (usage-cache.md §1.2). Unknown endpoint keys
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
    [property: JsonConverter(typeof(CachedLimitsConverter))] IReadOnlyList<UsageLimit>? Limits = null,
    Dictionary<string, JsonElement>? UnknownBuckets = null)
{
    /// <summary>Unknown endpoint keys, never null: a missing <c>unknown_buckets</c> reads as empty.</summary>
    public Dictionary<string, JsonElement> UnknownBuckets { get; init; } = UnknownBuckets ?? [];

    public static CachedData FromResponse(UsageApiResponse response) => new(
        response.FiveHour,
        response.SevenDay,
        response.SevenDayOpus,
        response.SevenDaySonnet,
        response.SevenDayOauthApps,
        response.ExtraUsage,
        response.Limits?.Items,
        response.UnknownBuckets is null ? [] : new Dictionary<string, JsonElement>(response.UnknownBuckets, StringComparer.Ordinal));

    public UsageApiResponse ToResponse() => new()
    {
        FiveHour = FiveHour,
        SevenDay = SevenDay,
        SevenDayOpus = SevenDayOpus,
        SevenDaySonnet = SevenDaySonnet,
        SevenDayOauthApps = SevenDayOauthApps,
        ExtraUsage = ExtraUsage,
        Limits = Limits is null ? null : new WireLimits(Limits, []),
        UnknownBuckets = new Dictionary<string, JsonElement>(UnknownBuckets, StringComparer.Ordinal),
    };
}
