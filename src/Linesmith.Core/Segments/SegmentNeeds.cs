using Linesmith.Usage.Cascade;

namespace Linesmith.Segments;

/// <summary>
/// The data a segment reads: the stdin payload's fields (dotted JSON paths, e.g. <c>cost.total_cost_usd</c>),
/// the usage windows it asks the cascade for when stdin lacks them, whether it reads the repository
/// (<c>.git</c> files, and <c>git</c> for some options) and whether it can show the JSONL estimate.
/// The line builder passes the union of <see cref="Usage"/> of the segments on the line to the cascade;
/// doctor checks credentials only for a line that has any.
/// </summary>
internal sealed record SegmentNeeds(IReadOnlyList<string> Payload, UsageNeeds Usage = UsageNeeds.None, bool Git = false, bool Jsonl = false)
{
    /// <summary>Only these payload fields.</summary>
    public static SegmentNeeds Fields(params string[] payload) => new(payload);
}
