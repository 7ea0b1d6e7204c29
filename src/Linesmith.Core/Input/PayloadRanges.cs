using System.Globalization;
using Linesmith.Config;
using Linesmith.Input.Payload;

namespace Linesmith.Input;

/// <summary>
/// The range of every number of the stdin payload (docs/guarantees.md), checked once right after the
/// payload is read: a value outside its range is logged and dropped, so the segment that shows it
/// hides (or the usage data comes from elsewhere) rather than printing a 300-digit cost. The JSON
/// reader already drops what is not a finite number; time stamps are checked by their converter
/// (<see cref="Json.EpochOrRfc3339Converter"/>). Percentages are clamped to 0..100 where they are shown
/// (over 100 is real: usage past the limit), so only absurd ones are dropped here.
/// </summary>
internal static class PayloadRanges
{
    /// <summary>A million dollars in one session is far beyond any real one.</summary>
    private const double MaxDollars = 1_000_000;

    /// <summary>A session longer than a year is not a session: a larger value is a unit mix-up (microseconds).</summary>
    private const double MaxMilliseconds = 366d * 24 * 60 * 60 * 1000;

    /// <summary>Lines changed in one session.</summary>
    private const double MaxLines = 1_000_000_000;

    /// <summary>Tokens: a billion-token context, a thousand times today's largest; session totals a thousand times that.</summary>
    private const double MaxContextTokens = 1_000_000_000;

    private const double MaxSessionTokens = 1_000_000_000_000;

    /// <summary>Percentages past the limit are real (104.2 %); ten times the limit is not.</summary>
    private const double MinPercent = -1000;

    private const double MaxPercent = 1000;

    /// <summary>A gateway spend cap: an organisation's budget fits far below a billion dollars; more is a unit mix-up.</summary>
    private const double MaxSpendDollars = 1_000_000_000;

    /// <summary>Pull request numbers: GitHub's largest repositories are in the hundreds of thousands.</summary>
    private const double MaxPullRequestNumber = 1_000_000_000;

    /// <summary>Every number of the payload with its range; a test holds this list to the payload's shape.</summary>
    public static IReadOnlyList<PayloadNumber> All { get; } =
    [
        new("cost.total_cost_usd", p => p.Cost?.TotalCostUsd, p => p.Cost!.TotalCostUsd = null, 0, MaxDollars),
        new("cost.total_duration_ms", p => p.Cost?.TotalDurationMs, p => p.Cost!.TotalDurationMs = null, 0, MaxMilliseconds),
        new("cost.total_api_duration_ms", p => p.Cost?.TotalApiDurationMs, p => p.Cost!.TotalApiDurationMs = null, 0, MaxMilliseconds),
        new("cost.total_lines_added", p => p.Cost?.TotalLinesAdded, p => p.Cost!.TotalLinesAdded = null, 0, MaxLines),
        new("cost.total_lines_removed", p => p.Cost?.TotalLinesRemoved, p => p.Cost!.TotalLinesRemoved = null, 0, MaxLines),
        new("context_window.context_window_size", p => p.ContextWindow?.ContextWindowSize, p => p.ContextWindow!.ContextWindowSize = null, 1, MaxContextTokens),
        new("context_window.total_input_tokens", p => p.ContextWindow?.TotalInputTokens, p => p.ContextWindow!.TotalInputTokens = null, 0, MaxSessionTokens),
        new("context_window.total_output_tokens", p => p.ContextWindow?.TotalOutputTokens, p => p.ContextWindow!.TotalOutputTokens = null, 0, MaxSessionTokens),
        new("context_window.used_percentage", p => p.ContextWindow?.UsedPercentage, p => p.ContextWindow!.UsedPercentage = null, MinPercent, MaxPercent),
        new("context_window.remaining_percentage", p => p.ContextWindow?.RemainingPercentage, p => p.ContextWindow!.RemainingPercentage = null, MinPercent, MaxPercent),
        new("context_window.current_usage.input_tokens", p => p.ContextWindow?.CurrentUsage?.InputTokens, p => p.ContextWindow!.CurrentUsage!.InputTokens = null, 0, MaxContextTokens),
        new("context_window.current_usage.output_tokens", p => p.ContextWindow?.CurrentUsage?.OutputTokens, p => p.ContextWindow!.CurrentUsage!.OutputTokens = null, 0, MaxContextTokens),
        new("context_window.current_usage.cache_creation_input_tokens", p => p.ContextWindow?.CurrentUsage?.CacheCreationInputTokens, p => p.ContextWindow!.CurrentUsage!.CacheCreationInputTokens = null, 0, MaxContextTokens),
        new("context_window.current_usage.cache_read_input_tokens", p => p.ContextWindow?.CurrentUsage?.CacheReadInputTokens, p => p.ContextWindow!.CurrentUsage!.CacheReadInputTokens = null, 0, MaxContextTokens),
        new("rate_limits.five_hour.used_percentage", p => p.RateLimits?.FiveHour?.UsedPercentage, p => p.RateLimits!.FiveHour!.UsedPercentage = null, MinPercent, MaxPercent),
        new("rate_limits.seven_day.used_percentage", p => p.RateLimits?.SevenDay?.UsedPercentage, p => p.RateLimits!.SevenDay!.UsedPercentage = null, MinPercent, MaxPercent),
        new("rate_limits.spend_limit.used_percentage", p => p.RateLimits?.SpendLimit?.UsedPercentage, p => p.RateLimits!.SpendLimit!.UsedPercentage = null, MinPercent, MaxPercent),
        new("rate_limits.spend_limit.used_usd", p => p.RateLimits?.SpendLimit?.UsedUsd, p => p.RateLimits!.SpendLimit!.UsedUsd = null, 0, MaxSpendDollars),
        new("rate_limits.spend_limit.limit_usd", p => p.RateLimits?.SpendLimit?.LimitUsd, p => p.RateLimits!.SpendLimit!.LimitUsd = null, 0, MaxSpendDollars),
        new("prompt_cache.hit_ratio", p => p.PromptCache?.HitRatio, p => p.PromptCache!.HitRatio = null, 0, 1),
        new("pr.number", p => p.Pr?.Number, p => p.Pr!.Number = null, 1, MaxPullRequestNumber),
    ];

    /// <summary>Drops every number outside its range, telling <paramref name="warn"/> about each.</summary>
    public static void Apply(StatusPayload payload, Action<string> warn)
    {
        foreach (var number in All)
        {
            if (number.Get(payload) is { } value && (value < number.Min || value > number.Max))
            {
                number.Clear(payload);
                var found = value.ToString("R", CultureInfo.InvariantCulture);
                warn($"stdin {number.Path}: {RangeMessage.Number(number.Min, number.Max, found, "ignored")}");
            }
        }
    }
}
