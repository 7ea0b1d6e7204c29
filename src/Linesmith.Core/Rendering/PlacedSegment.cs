using Linesmith.Segments;

namespace Linesmith.Rendering;

/// <summary>A rendered segment on its line: its output, its drop priority and the separator printed before it.</summary>
internal sealed record PlacedSegment(string Id, SegmentOutput Output, int Priority, string SeparatorBefore);
