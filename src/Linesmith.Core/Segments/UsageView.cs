using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;

namespace Linesmith.Segments;

/// <summary>
/// The usage data as the rate-limit segments see it: endpoint data (fresh or stale; the two look
/// alike, docs/spec/usage-cascade.md#freshness-and-anomalies), a JSONL estimate, or an error shown as its bracket text
/// (<c>[Rate limited]</c>, docs/spec/rate-limit-segments.md). Exactly one of the three is set. The cascade's richer
/// <see cref="UsageResult"/> (source, error beside stale data, refresh notes) is for <c>usage</c>.
/// </summary>
internal sealed record UsageView
{
    private UsageView()
    {
    }

    public CachedData? Data { get; private init; }

    public JsonlEstimate? Jsonl { get; private init; }

    /// <summary>The bracket text of the error, e.g. <c>[Timeout]</c>.</summary>
    public string? ErrorText { get; private init; }

    public static UsageView FromEndpoint(CachedData data) => new() { Data = data };

    public static UsageView FromJsonl(JsonlEstimate jsonl) => new() { Jsonl = jsonl };

    public static UsageView Failed(string errorText) => new() { ErrorText = errorText };

    /// <summary>Data wins over a JSONL estimate, which wins over the error (docs/spec/usage-cascade.md#algorithm: stale data is served after a non-auth failure).</summary>
    public static UsageView From(UsageResult result)
    {
        if (result.Data is { } data)
        {
            return FromEndpoint(data);
        }

        if (result.Jsonl is { } jsonl)
        {
            return FromJsonl(new JsonlEstimate(jsonl.FiveHour?.Tokens, jsonl.FiveHour?.EndsAt, jsonl.SevenDayTokens));
        }

        return Failed(result.Error?.BracketText ?? "[No data]");
    }
}
