using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// A segment that shows one text field of the payload as it is (<c>effort</c>, <c>output_style</c>,
/// <c>vim</c>, <c>agent</c>, <c>version</c>, <c>session_name</c>); hidden when the field is missing or empty.
/// Its only keys are <c>label</c> and <c>icon</c> (<see cref="LabelOptions"/>).
/// </summary>
internal sealed class PayloadTextSegment(SegmentLabel label, StyleRole role, Func<StatusPayload, string?> field) : ISegment
{
    public SegmentOutput? Render(SegmentContext context) =>
        field(context.Payload) is { Length: > 0 } value ? label.Output(value, role) : null;
}
