using Linesmith.Usage.Cache;

namespace Linesmith.Usage;

/// <summary>
/// What the usage cascade gives the rate-limit segments: endpoint data (fresh or stale; the two look
/// alike, usage-cache.md §6), a JSONL estimate, or an error shown as its bracket text
/// (<c>[Rate limited]</c>, §7). Exactly one of the three is set.
/// </summary>
internal sealed record UsageResult
{
    private UsageResult()
    {
    }

    public CachedData? Data { get; private init; }

    public JsonlUsage? Jsonl { get; private init; }

    /// <summary>The bracket text of the error, e.g. <c>[Timeout]</c>.</summary>
    public string? ErrorText { get; private init; }

    public static UsageResult FromEndpoint(CachedData data) => new() { Data = data };

    public static UsageResult FromJsonl(JsonlUsage jsonl) => new() { Jsonl = jsonl };

    public static UsageResult Failed(string errorText) => new() { ErrorText = errorText };
}
