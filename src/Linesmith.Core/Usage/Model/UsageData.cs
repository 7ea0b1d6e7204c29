using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Linesmith.Usage.Model;

/// <summary>
/// The endpoint's usage numbers as the rest of the program reads them, whichever way they came (a fetch,
/// the cache, stdin's two windows): the buckets, extra usage, the per-model limits and the buckets this
/// version does not know (<see cref="Spend"/> reads one of those). The disk mirror of the same numbers
/// keeps the seed's name, <c>Usage.Cache.CachedData</c>; this type is for every other use, so that the
/// segments do not depend on the cache's file shape (ARCHITECTURE.md, allowed dependencies).
/// </summary>
internal sealed record UsageData(
    UsageBucket? FiveHour = null,
    UsageBucket? SevenDay = null,
    UsageBucket? SevenDayOpus = null,
    UsageBucket? SevenDaySonnet = null,
    UsageBucket? SevenDayOauthApps = null,
    ExtraUsage? ExtraUsage = null,
    IReadOnlyList<UsageLimit>? Limits = null,
    IReadOnlyDictionary<string, JsonElement>? UnknownBuckets = null)
{
    private static readonly Dictionary<string, JsonElement> NoBuckets = [];

    private readonly IReadOnlyDictionary<string, JsonElement> _unknownBuckets = UnknownBuckets ?? NoBuckets;

    /// <summary>Keys of the endpoint's answer that are not known buckets; empty, never null.</summary>
    [AllowNull]
    public IReadOnlyDictionary<string, JsonElement> UnknownBuckets
    {
        get => _unknownBuckets;
        init => _unknownBuckets = value ?? NoBuckets;
    }
}
