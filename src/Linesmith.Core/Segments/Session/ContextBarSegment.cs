using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>context_bar</c>: the context window as a bar and a percentage (<c>████░░░░░░ 42%</c>),
/// <c>progress_width</c> cells wide (default 10, 1..100), the empty part dimmed.
/// </summary>
internal sealed class ContextBarSegment(SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, string.Empty);
    private readonly Thresholds _roles = Thresholds.Read(settings);
    private readonly int _cells = (int)settings.GetInteger("progress_width", 10, 1, 100);

    public string Id => "context_bar";

    public int DefaultPriority => 48;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextPercent.Of(context.Payload) is not { } used)
        {
            return null;
        }

        var filled = (int)Math.Round(used / 100 * _cells, MidpointRounding.AwayFromZero);
        var role = _roles.RoleFor(used);
        return _label.Output(
        [
            new TextRun(new string('█', filled), role),
            new TextRun(new string('░', _cells - filled), role, Dim: true),
            new TextRun(" " + used.ToString("0", CultureInfo.InvariantCulture) + "%", role),
        ]);
    }
}
