using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// A segment for one on/off field of the payload (<c>fast_mode</c>, <c>thinking.enabled</c>): the
/// <c>on</c> text while it is true, the <c>off</c> text while it is false (empty by default: hidden),
/// hidden when the field is absent. Their own segments rather than a suffix of <c>model</c>: the model
/// never drops from a narrow line (priority 0), these may, and each can be placed, styled and worded
/// on its own.
/// </summary>
internal sealed class FlagSegment(SettingsTable settings, FlagKeys keys, Func<StatusPayload, bool?> field) : ISegment
{
    private readonly SegmentLabel _label = keys.Labels.Read(settings);
    private readonly string _on = keys.On.Read(settings) ?? string.Empty;
    private readonly string _off = keys.Off.Read(settings) ?? string.Empty;

    public SegmentOutput? Render(SegmentContext context)
    {
        var text = field(context.Payload) switch
        {
            true => _on,
            false => _off,
            null => string.Empty,
        };
        return text.Length == 0 ? null : _label.Output(text, field(context.Payload) == true ? StyleRole.Accent : StyleRole.Muted);
    }
}
