using Linesmith.Input.Payload;
using Linesmith.Usage.Model;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// One of the two rate-limit windows and where each source keeps it: stdin's
/// <c>rate_limits.five_hour</c> / <c>.seven_day</c>, the endpoint bucket, and the JSONL estimate
/// (docs/spec/rate-limit-segments.md, docs/spec/jsonl-fallback.md; docs/spec/decisions.md#d2-stdin-first). The 7-day JSONL window is rolling and has no reset.
/// </summary>
internal sealed record RateWindow(
    string Name,
    TimeSpan Length,
    Func<RateLimitsInfo, RateWindowInfo?> Stdin,
    Func<UsageData, UsageBucket?> Bucket,
    Func<JsonlEstimate, ulong?> JsonlTokens,
    Func<JsonlEstimate, DateTimeOffset?> JsonlResetsAt)
{
    public static RateWindow FiveHour { get; } = new(
        "5h",
        TimeSpan.FromHours(5),
        limits => limits.FiveHour,
        data => data.FiveHour,
        jsonl => jsonl.FiveHourTokens,
        jsonl => jsonl.FiveHourTokens is null ? null : jsonl.FiveHourEndsAt);

    public static RateWindow SevenDay { get; } = new(
        "7d",
        TimeSpan.FromDays(7),
        limits => limits.SevenDay,
        data => data.SevenDay,
        jsonl => jsonl.SevenDayTokens,
        _ => null);

    /// <summary>Stdin's window for this segment, or null when stdin lacks it.</summary>
    public RateWindowInfo? FromStdin(StatusPayload payload) =>
        payload.RateLimits is { } limits ? Stdin(limits) : null;
}
