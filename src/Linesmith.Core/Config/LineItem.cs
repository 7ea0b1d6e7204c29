namespace Linesmith.Config;

/// <summary>
/// One entry of <c>[line] segments</c>: a segment id, a literal separator
/// (<c>{ type = "separator", character = " | " }</c>) that replaces the default one at that place, or a
/// flex item (<c>{ type = "flex" }</c>) that pushes the rest of the line to its right edge.
/// </summary>
internal sealed record LineItem(string? SegmentId, string? Separator, bool Flex = false)
{
    public static LineItem FlexSpace { get; } = new(null, null, Flex: true);

    public static LineItem Segment(string id) => new(id, null);

    public static LineItem Literal(string text) => new(null, text);
}
