using System.Globalization;
using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>context_window</c>: how full the context is (<c>ctx: 42%</c>), coloured by threshold; hidden
/// before the session's first response, when Claude Code sends no percentage. Values above 100 show as 100.
/// </summary>
internal sealed class ContextWindowSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("ctx");

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly Thresholds _roles = Thresholds.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, .. Thresholds.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextPercent.Of(context.Payload) is not { } used)
        {
            return null;
        }

        return _label.Output(used.ToString("0", CultureInfo.InvariantCulture) + "%", _roles.RoleFor(used));
    }
}
