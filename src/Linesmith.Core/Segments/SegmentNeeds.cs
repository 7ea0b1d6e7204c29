using Linesmith.Usage.Cascade;

namespace Linesmith.Segments;

/// <summary>
/// The data a segment reads: the stdin payload's fields (dotted JSON paths, e.g. <c>cost.total_cost_usd</c>),
/// the usage windows it asks the cascade for when stdin lacks them, whether it reads the repository
/// (<c>.git</c> files, and <c>git</c> for some options) and whether it can show the JSONL estimate;
/// the environment variables it reads (<c>terminal_width</c>: <c>COLUMNS</c>; <c>env</c>: the one its
/// <c>name</c> says, written <c>*</c>), and whether it shows what its own keys say (<c>custom_text</c>) or
/// runs the user's command (<c>custom_command</c>).
/// The line builder passes the union of <see cref="Usage"/> of the segments on the line to the cascade;
/// doctor checks credentials only for a line that has any.
/// </summary>
internal sealed record SegmentNeeds(IReadOnlyList<string> Payload, UsageNeeds Usage = UsageNeeds.None, bool Git = false, bool Jsonl = false)
{
    /// <summary>Environment variables read: names, or <c>*</c> for one the config names.</summary>
    public IReadOnlyList<string> Environment { get; init; } = [];

    /// <summary>Shows text from its own <c>[segments.&lt;id&gt;]</c> table.</summary>
    public bool Config { get; init; }

    /// <summary>Runs the command its table names (never without one).</summary>
    public bool Command { get; init; }

    /// <summary>Only these payload fields.</summary>
    public static SegmentNeeds Fields(params string[] payload) => new(payload);
}
