using Linesmith.Segments.Options;

namespace Linesmith.Segments;

/// <summary>
/// One row of the <see cref="SegmentTable"/>: the id used in <c>[line] segments</c>, a one-line
/// description, the layout priority when the user sets none (0 never drops … 255 drops first), the
/// data it needs, every key of its <c>[segments.&lt;id&gt;]</c> table (its own, then the layout keys
/// <c>priority</c>, <c>width.min</c>, <c>width.max</c>, <c>style</c>) and how to build it.
/// </summary>
internal sealed record SegmentDefinition(
    string Id,
    string Description,
    int DefaultPriority,
    SegmentNeeds Needs,
    IReadOnlyList<SegmentOption> Options,
    SegmentFactory Create)
{
    /// <summary>The option with this (dotted) key, or null.</summary>
    public SegmentOption? Option(string key)
    {
        foreach (var option in Options)
        {
            if (string.Equals(option.Key, key, StringComparison.Ordinal))
            {
                return option;
            }
        }

        return null;
    }
}
