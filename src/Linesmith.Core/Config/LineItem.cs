namespace Linesmith.Config;

/// <summary>
/// One entry of <c>[line] segments</c>: a segment id, or a literal separator
/// (<c>{ type = "separator", character = " | " }</c>) that replaces the default one at that place.
/// </summary>
internal sealed record LineItem(string? SegmentId, string? Separator)
{
    public static LineItem Segment(string id) => new(id, null);

    public static LineItem Literal(string text) => new(null, text);
}
