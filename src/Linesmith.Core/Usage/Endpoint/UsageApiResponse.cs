using System.Text.Json;
using System.Text.Json.Serialization;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Endpoint;

/// <summary>
/// The body of <c>GET /api/oauth/usage</c> (docs/spec/usage-endpoint.md#response). Known buckets are typed; every
/// other top-level key (the endpoint's code-named experiments) is kept raw in
/// <see cref="UnknownBuckets"/>, flat beside the known keys as on the wire.
/// </summary>
internal sealed class UsageApiResponse
{
    public UsageBucket? FiveHour { get; init; }

    public UsageBucket? SevenDay { get; init; }

    public UsageBucket? SevenDayOpus { get; init; }

    public UsageBucket? SevenDaySonnet { get; init; }

    public UsageBucket? SevenDayOauthApps { get; init; }

    public ExtraUsage? ExtraUsage { get; init; }

    [JsonConverter(typeof(WireLimitsConverter))]
    public WireLimits? Limits { get; init; }

    // `set`, not `init`: the source generator binds init-only properties through the constructor,
    // and extension data cannot bind to a constructor parameter (InvalidOperationException at run time).
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? UnknownBuckets { get; set; }
}
