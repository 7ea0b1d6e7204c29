using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// A segment that shows one text field of the payload as it is (<c>effort</c>, <c>output_style</c>,
/// <c>vim</c>, <c>agent</c>, <c>version</c>, <c>session_name</c>); hidden when the field is missing or empty.
/// </summary>
internal sealed class PayloadTextSegment(string id, int defaultPriority, SegmentLabel label, StyleRole role, Func<StatusPayload, string?> field) : ISegment
{
    public string Id => id;

    public int DefaultPriority => defaultPriority;

    public static SegmentFactory Factory(string id, int priority, string defaultLabel, StyleRole role, Func<StatusPayload, string?> field) =>
        settings => new PayloadTextSegment(id, priority, SegmentLabel.From(settings, defaultLabel), role, field);

    public SegmentOutput? Render(SegmentContext context) =>
        field(context.Payload) is { Length: > 0 } value ? label.Output(value, role) : null;
}
