using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>model</c>: the session's model. <c>format = "compact"</c> (default) drops the "Claude " prefix
/// and context suffixes (<c>Opus 4.5</c>), <c>"full"</c> shows the display name as given, <c>"id"</c>
/// the model id. Without a display name the name is derived from the id (also from Bedrock ARNs).
/// </summary>
internal sealed class ModelSegment : ISegment
{
    private readonly SegmentLabel _label;
    private readonly string _format;

    public ModelSegment(SettingsTable settings)
    {
        _label = SegmentLabel.From(settings, string.Empty);
        _format = settings.GetString("format", "compact");
        if (_format is not ("compact" or "full" or "id"))
        {
            settings.Warn("format", $"unknown value '{_format}' (expected compact, full or id); using compact");
            _format = "compact";
        }
    }

    public string Id => "model";

    public int DefaultPriority => 0;

    public SegmentOutput? Render(SegmentContext context)
    {
        var model = context.Payload.Model;
        var text = _format switch
        {
            "id" => model?.Id,
            "full" => model?.DisplayName ?? ModelNames.FromId(model?.Id),
            _ => ModelNames.Compact(model?.DisplayName) ?? ModelNames.FromId(model?.Id),
        };
        return string.IsNullOrWhiteSpace(text) ? null : _label.Output(text, StyleRole.Primary);
    }
}
