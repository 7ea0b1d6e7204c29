using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary><c>cost</c>: the session's estimated cost in US dollars with two decimals (<c>$1.23</c>); hidden when unknown.</summary>
internal sealed class CostSegment(SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, string.Empty);

    public string Id => "cost";

    public int DefaultPriority => 40;

    public SegmentOutput? Render(SegmentContext context) =>
        context.Payload.Cost?.TotalCostUsd is { } cost
            ? _label.Output("$" + Math.Max(cost, 0).ToString("0.00", CultureInfo.InvariantCulture), StyleRole.Info)
            : null;
}
