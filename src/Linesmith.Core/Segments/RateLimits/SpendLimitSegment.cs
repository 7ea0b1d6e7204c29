using System.Globalization;
using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>spend_limit</c>: a gateway user's spending cap from stdin (<c>rate_limits.spend_limit</c>), in US
/// dollars as Claude Code sends them: <c>spend: $12.34 / $50.00</c>, or <c>spend: $12.34</c> without a
/// limit; <c>format = "percent"</c> gives <c>spend: 24.7%</c>. Coloured by the used share like the rate
/// limits (<c>threshold_color</c>, <c>thresholds.green</c> / <c>.yellow</c>); the share is
/// <c>used_percentage</c>, else spent / limit. A format whose numbers are missing falls back to the
/// other; hidden when there is neither.
/// </summary>
internal sealed class SpendLimitSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("spend");

    private static readonly ChoiceOption<bool> Format = new(
        "format",
        "amount: $12.34 / $50.00; percent: the share of the limit spent",
        false,
        [new("amount", false), new("percent", true)]);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly Thresholds _roles = Thresholds.Read(settings);
    private readonly bool _percent = Format.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Format, .. Thresholds.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.RateLimits?.SpendLimit is not { } spend)
        {
            return null;
        }

        var share = Share(spend);
        var role = share is { } used ? _roles.RoleFor(used) : StyleRole.Info;
        if ((_percent || spend.UsedUsd is null) && share is { } percent)
        {
            return _label.Output(PercentText.Format(Math.Max(percent, 0)), role);
        }

        if (spend.UsedUsd is not { } spent)
        {
            return null;
        }

        var text = spend.LimitUsd is { } limit ? Dollars(spent) + " / " + Dollars(limit) : Dollars(spent);
        return _label.Output(text, role);
    }

    private static double? Share(SpendLimitInfo spend) =>
        spend.UsedPercentage ?? (spend is { UsedUsd: { } used, LimitUsd: { } limit and > 0 } ? used / limit * 100 : null);

    private static string Dollars(double amount) => "$" + amount.ToString("0.00", CultureInfo.InvariantCulture);
}
