using Linesmith.Rendering;
using Linesmith.Usage.Model;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The one order every usage segment shows its sources in: stdin first, when the payload carries
/// what the segment shows (the cascade is then never asked, docs/spec/decisions.md#d2-stdin-first);
/// else the cascade's error as bracket text (<c>5h: [Timeout]</c>, muted); else the JSONL estimate,
/// for segments that can show one (the others hide); else the endpoint data, with its stale flag
/// (docs/spec/decisions.md#d10-stale-data-is-marked).
/// </summary>
internal static class UsageLadder
{
    public static SegmentOutput? Render<TStdin>(
        SegmentContext context,
        TStdin? stdin,
        Func<TStdin, SegmentOutput?> fromStdin,
        string errorPrefix,
        Func<JsonlEstimate, SegmentOutput?>? fromJsonl,
        Func<UsageData, bool, SegmentOutput?> fromData)
        where TStdin : class
    {
        if (stdin is not null)
        {
            return fromStdin(stdin);
        }

        var usage = context.Usage;
        if (usage.ErrorText is { } error)
        {
            return SegmentOutput.Of(errorPrefix + error, StyleRole.Muted);
        }

        if (usage.Jsonl is { } jsonl)
        {
            return fromJsonl?.Invoke(jsonl);
        }

        return usage.Data is { } data ? fromData(data, usage.Stale) : null;
    }

    /// <summary>For a segment that only the usage data feeds (no stdin step).</summary>
    public static SegmentOutput? Render(
        SegmentContext context,
        string errorPrefix,
        Func<JsonlEstimate, SegmentOutput?>? fromJsonl,
        Func<UsageData, bool, SegmentOutput?> fromData) =>
        Render<object>(context, null, _ => null, errorPrefix, fromJsonl, fromData);
}
