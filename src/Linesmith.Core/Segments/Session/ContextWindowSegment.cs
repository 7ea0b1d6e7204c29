using System.Globalization;
using Linesmith.Config;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>context_window</c>: how full the context is (<c>ctx: 42%</c>), coloured by threshold; hidden
/// before the session's first response, when Claude Code sends no percentage. Values above 100 show as 100.
/// </summary>
internal sealed class ContextWindowSegment(SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, "ctx");
    private readonly Thresholds _roles = Thresholds.Read(settings);

    public string Id => "context_window";

    public int DefaultPriority => 32;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextPercent.Of(context.Payload) is not { } used)
        {
            return null;
        }

        return _label.Output(used.ToString("0", CultureInfo.InvariantCulture) + "%", _roles.RoleFor(used));
    }
}
