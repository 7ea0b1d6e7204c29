using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>cost_rate</c>: what the session costs per hour of wall time, <c>cost.total_cost_usd</c> over
/// <c>cost.total_duration_ms</c>: <c>$4.20/h</c>. Hidden until the session is <c>min_minutes</c> old (a rate
/// over the first seconds says nothing: $0.03 after 14 s would read $6.71/h) and while the cost is 0.
/// </summary>
internal sealed class CostRateSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly IntegerOption MinMinutes = new("min_minutes", "hidden until the session is this many minutes old", 5, 0, 1440);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly long _minMinutes = MinMinutes.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, MinMinutes];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.Cost is not { TotalCostUsd: { } cost, TotalDurationMs: { } milliseconds } || cost <= 0 || milliseconds <= 0)
        {
            return null;
        }

        var hours = milliseconds / 3_600_000;
        if (hours * 60 < Math.Max(_minMinutes, 1.0 / 60))
        {
            return null;
        }

        var rate = cost / hours;
        return double.IsFinite(rate) ? _label.Output("$" + rate.ToString("0.00", CultureInfo.InvariantCulture) + "/h", StyleRole.Info) : null;
    }
}
