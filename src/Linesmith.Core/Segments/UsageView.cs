using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;

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

    public UsageData? Data { get; private init; }

    public JsonlEstimate? Jsonl { get; private init; }

    /// <summary>The bracket text of the error, e.g. <c>[Timeout]</c>.</summary>
    public string? ErrorText { get; private init; }

    /// <summary>
    /// <see cref="Data"/> is older than <c>[usage] stale_after</c>: the segments that show it carry the
    /// stale marker (docs/spec/decisions.md#d10-stale-data-is-marked). Stdin's windows are read by their segments directly and never are.
    /// </summary>
    public bool Stale { get; private init; }

    public static UsageView FromEndpoint(UsageData data, bool stale = false) => new() { Data = data, Stale = stale };

    public static UsageView FromJsonl(JsonlEstimate jsonl) => new() { Jsonl = jsonl };

    public static UsageView Failed(string errorText) => new() { ErrorText = errorText };

    /// <summary>
    /// Data wins over a JSONL estimate, which wins over the error (docs/spec/usage-cascade.md#algorithm: stale data is served after a
    /// non-auth failure). Data read from the cache more than <paramref name="staleAfter"/> after it was
    /// fetched is marked stale; so is data dated ahead of <paramref name="now"/> (its age is unknown).
    /// </summary>
    public static UsageView From(UsageResult result, DateTimeOffset now, TimeSpan staleAfter)
    {
        if (result.Data is { } data)
        {
            return FromEndpoint(data, result.IsStaleAt(now, staleAfter));
        }

        if (result.Jsonl is { } jsonl)
        {
            return FromJsonl(new JsonlEstimate(jsonl.FiveHour?.Tokens, jsonl.FiveHour?.EndsAt, jsonl.SevenDayTokens));
        }

        return Failed(result.Error?.BracketText ?? "[No data]");
    }
}
