using Linesmith.Input.Payload;

namespace Linesmith.Segments;

/// <summary>
/// One piece of the status line (README.md#segments). A segment is built once per run from
/// its <c>[segments.&lt;id&gt;]</c> settings (reading and validating its own keys there) and renders
/// from the <see cref="SegmentContext"/>: text with style roles, or null to hide.
/// </summary>
internal interface ISegment
{
    /// <summary>The id used in <c>[line] segments</c>, e.g. <c>rate_limit_5h</c>.</summary>
    string Id { get; }

    /// <summary>Layout priority when the line is too wide: higher drops first; 0 never drops.</summary>
    int DefaultPriority { get; }

    /// <summary>
    /// The priority for this payload when the user has not set <c>priority</c>: <see cref="DefaultPriority"/>
    /// unless what the segment shows matters more in some sessions (the workspace in a worktree session).
    /// </summary>
    int PriorityFor(StatusPayload payload) => DefaultPriority;

    SegmentOutput? Render(SegmentContext context);
}
