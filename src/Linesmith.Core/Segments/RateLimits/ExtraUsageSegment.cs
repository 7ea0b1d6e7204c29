using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;
using Linesmith.Usage.Model;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>extra_usage</c> (docs/spec/rate-limit-segments.md, docs/spec/decisions.md#d8-money-is-in-minor-units): the overage spent this month and the monthly
/// limit, <c>extra: $40.00/$100.00</c> (<c>extra: $40.00</c> with no cap, <c>EUR 7.63/EUR 20.00</c> in
/// another currency), from the <c>spend</c> object when the endpoint sends one, else from
/// <c>extra_usage</c>'s minor units scaled by <c>decimal_places</c>; or the utilization
/// (<c>extra: 42.5%</c>). Endpoint only: stdin lacks it and JSONL hides it; hidden unless
/// <c>extra_usage.is_enabled</c> or <c>spend.enabled</c> is true; a failed fetch shows its error.
/// </summary>
internal sealed class ExtraUsageSegment(SegmentLabel prefix, ExtraUsageFormat format) : ISegment
{
    private static readonly LabelOptions Labels = new("extra");

    private static readonly ChoiceOption<ExtraUsageFormat> Format = new(
        "format",
        "currency: spent/limit ($40.00/$100.00); percent: the share of the limit spent",
        ExtraUsageFormat.Currency,
        [new("currency", ExtraUsageFormat.Currency), new("percent", ExtraUsageFormat.Percent)]);

    private readonly SegmentLabel _prefix = prefix;
    private readonly ExtraUsageFormat _format = format;

    /// <summary>The segment's keys; the bar's and the thresholds' are accepted (and only validated) as on every rate-limit segment.</summary>
    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.WithStaleMarker, Format, .. ProgressBar.Options, .. Thresholds.Options];

    public static ExtraUsageSegment Read(SettingsTable settings)
    {
        var prefix = Labels.ReadWithStaleMarker(settings);
        var format = Format.Read(settings);

        // The common keys (docs/spec/rate-limit-segments.md#options-are-checked-once) are accepted on every rate-limit segment, as in the original; extra_usage
        // draws no bar and has no colour ramp, so they are only validated here.
        var width = ProgressBar.ReadWidth(settings, "ignored");
        _ = ProgressBar.Read(settings, width ?? ProgressBar.DefaultWidth, Thresholds.Read(settings));
        return new ExtraUsageSegment(prefix, format);
    }

    /// <summary>Endpoint only: no stdin step, and a JSONL estimate hides it.</summary>
    public SegmentOutput? Render(SegmentContext context) =>
        UsageLadder.Render(context, _prefix.ErrorPrefix(_prefix.Label), fromJsonl: null, Show);

    private SegmentOutput? Show(UsageData data, bool stale)
    {
        var extra = data.ExtraUsage;
        var spend = Spend.From(data.UnknownBuckets);
        if (extra?.IsEnabled != true && spend?.Enabled != true)
        {
            return null;
        }

        var value = Value(extra, spend);
        return value is null ? null : SegmentOutput.Of(_prefix.For(stale) + value, StyleRole.Info);
    }

    private string? Value(ExtraUsage? extra, Spend? spend)
    {
        if (_format == ExtraUsageFormat.Currency)
        {
            if (spend is not null)
            {
                return spend.Limit is { } cap ? $"{spend.Used.Format()}/{cap.Format()}" : spend.Used.Format();
            }

            if (extra is { UsedCredits: { } used })
            {
                var spent = Money.Format(used, extra.Exponent, extra.Currency);
                return extra.MonthlyLimit is { } limit ? $"{spent}/{Money.Format(limit, extra.Exponent, extra.Currency)}" : spent;
            }
        }

        return extra?.Utilization is { } utilization ? PercentText.Format(utilization) : null;
    }
}
