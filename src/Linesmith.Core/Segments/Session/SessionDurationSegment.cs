using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary><c>session_duration</c>: wall time of the session (<c>1h 23m</c>, <c>45m</c>, <c>&lt;1m</c>); hidden when unknown.</summary>
internal sealed class SessionDurationSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.Cost?.TotalDurationMs is not { } milliseconds || milliseconds < 0)
        {
            return null;
        }

        var minutes = (long)Math.Min(milliseconds / 60_000, long.MaxValue / 2);
        var text = minutes switch
        {
            0 => "<1m",
            < 60 => minutes.ToString(CultureInfo.InvariantCulture) + "m",
            _ when minutes % 60 == 0 => (minutes / 60).ToString(CultureInfo.InvariantCulture) + "h",
            _ => string.Create(CultureInfo.InvariantCulture, $"{minutes / 60}h {minutes % 60}m"),
        };
        return _label.Output(text, StyleRole.Muted);
    }
}
