using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Usage.Model;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>extra_usage</c> (docs/spec/rate-limit-segments.md): overage credits left this month, <c>extra: $60.00</c>, or
/// the utilization (<c>extra: 42.5%</c>). Endpoint only: stdin lacks it and JSONL hides it; a
/// disabled or absent <c>extra_usage</c> hides; a failed fetch shows its error.
/// </summary>
internal sealed class ExtraUsageSegment : ISegment
{
    public const string SegmentId = "extra_usage";

    private readonly SegmentPrefix _prefix;
    private readonly ExtraUsageFormat _format;

    private static readonly Choice<ExtraUsageFormat>[] FormatChoices =
    [
        new("currency", ExtraUsageFormat.Currency),
        new("percent", ExtraUsageFormat.Percent),
    ];

    public ExtraUsageSegment(SegmentPrefix prefix, ExtraUsageFormat format)
    {
        _prefix = prefix;
        _format = format;
    }

    public static ExtraUsageSegment Read(SettingsTable settings, string defaultIcon)
    {
        var prefix = SegmentPrefix.Read(settings, "extra", defaultIcon);
        var format = ChoiceReader.Read(settings, "format", ExtraUsageFormat.Currency, FormatChoices);

        // The common keys (docs/spec/rate-limit-segments.md#options-are-checked-once) are accepted on every rate-limit segment, as in the original; extra_usage
        // draws no bar and has no colour ramp, so they are only validated here.
        var width = ProgressBar.ReadWidth(settings, "ignored");
        _ = ProgressBar.Read(settings, width ?? ProgressBar.DefaultWidth, Thresholds.Read(settings));
        return new ExtraUsageSegment(prefix, format);
    }

    public string Id => SegmentId;

    public int DefaultPriority => RateLimitSegments.Priority;

    public SegmentOutput? Render(SegmentContext context)
    {
        var usage = context.Usage;
        if (usage.ErrorText is { } error)
        {
            return SegmentOutput.Of(_prefix.Error(error, _prefix.Label), StyleRole.Muted);
        }

        if (usage.Data?.ExtraUsage is not { IsEnabled: true } extra)
        {
            return null;
        }

        var value = Value(extra);
        return value is null ? null : SegmentOutput.Of(_prefix.For(stale: false) + value, StyleRole.Info);
    }

    private string? Value(ExtraUsage extra)
    {
        if (_format == ExtraUsageFormat.Currency && extra is { MonthlyLimit: { } limit, UsedCredits: { } used })
        {
            return CurrencyAmount.Format(CurrencyAmount.Remaining(limit, used), extra.Currency);
        }

        return extra.Utilization is { } utilization ? PercentText.Format(utilization) : null;
    }
}
