using Linesmith.Config;

namespace Linesmith.Segments;

/// <summary>Builds a segment from its <c>[segments.&lt;id&gt;]</c> table; problems go to the table's <see cref="SettingsTable.Problems"/>.</summary>
internal delegate ISegment SegmentFactory(SettingsTable settings);
