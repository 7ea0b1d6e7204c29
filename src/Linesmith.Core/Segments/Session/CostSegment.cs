using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>cost</c>: the session's estimated cost in US dollars with two decimals (<c>$1.23</c>); hidden
/// when unknown, and hidden while it would read <c>$0.00</c> (before the first response, and for
/// API-key sessions that have cost nothing yet) unless <c>show_zero = true</c> (README.md#segments).
/// </summary>
internal sealed class CostSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly BoolOption ShowZero = new("show_zero", "show $0.00 instead of hiding it", false);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _showZero = ShowZero.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, ShowZero];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.Cost?.TotalCostUsd is not { } cost)
        {
            return null;
        }

        var text = Math.Max(cost, 0).ToString("0.00", CultureInfo.InvariantCulture);
        return text == "0.00" && !_showZero ? null : _label.Output("$" + text, StyleRole.Info);
    }
}
