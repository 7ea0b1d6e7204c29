using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>cost</c>: the session's estimated cost in US dollars with two decimals (<c>$1.23</c>); hidden
/// when unknown, and hidden while it would read <c>$0.00</c> (before the first response, and for
/// API-key sessions that have cost nothing yet) unless <c>show_zero = true</c> (README.md#segments).
/// A budget: from <c>warning_at</c> dollars the value takes the warning colour, from <c>critical_at</c>
/// the critical one (0, the default: no such step).
/// </summary>
internal sealed class CostSegment(SettingsTable settings) : ISegment
{
    /// <summary>No session budget is larger; keeps a typo like <c>1e12</c> from passing as one.</summary>
    private const double MaxBudget = 1_000_000;

    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly BoolOption ShowZero = new("show_zero", "show $0.00 instead of hiding it", false);
    private static readonly NumberOption WarningAt = new("warning_at", "from this many dollars the cost takes the warning colour (0: never)", 0, 0, MaxBudget);
    private static readonly NumberOption CriticalAt = new("critical_at", "from this many dollars the cost takes the critical colour (0: never)", 0, 0, MaxBudget);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _showZero = ShowZero.Read(settings);
    private readonly double _warningAt = WarningAt.Read(settings, "using 0 (never)") ?? 0;
    private readonly double _criticalAt = CriticalAt.Read(settings, "using 0 (never)") ?? 0;

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, ShowZero, WarningAt, CriticalAt];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.Cost?.TotalCostUsd is not { } cost)
        {
            return null;
        }

        var text = Math.Max(cost, 0).ToString("0.00", CultureInfo.InvariantCulture);
        return text == "0.00" && !_showZero ? null : _label.Output("$" + text, RoleFor(cost));
    }

    private StyleRole RoleFor(double cost)
    {
        if (_criticalAt > 0 && cost >= _criticalAt)
        {
            return StyleRole.Critical;
        }

        return _warningAt > 0 && cost >= _warningAt ? StyleRole.Warning : StyleRole.Info;
    }
}
