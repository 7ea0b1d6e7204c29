using Linesmith.Input.Payload;

namespace Linesmith.Segments;

/// <summary>
/// One piece of the status line (README.md#segments). A segment is built once per run by its row of the
/// <see cref="SegmentTable"/> from its <c>[segments.&lt;id&gt;]</c> settings (reading and validating its
/// own keys there) and renders from the <see cref="SegmentContext"/>: text with style roles, or null to hide.
/// </summary>
internal interface ISegment
{
    /// <summary>
    /// The priority for this payload when the user has not set <c>priority</c>, or null for the row's
    /// <see cref="SegmentDefinition.DefaultPriority"/>: what a segment shows may matter more in some
    /// sessions (the workspace in a worktree session).
    /// </summary>
    int? PriorityFor(StatusPayload payload) => null;

    SegmentOutput? Render(SegmentContext context);
}
