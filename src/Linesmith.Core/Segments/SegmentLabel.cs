using Linesmith.Rendering;

namespace Linesmith.Segments;

/// <summary>
/// The <c>label</c> and <c>icon</c> of a segment (read by <see cref="LabelOptions"/>) and the text assembly every segment shares:
/// <c>[stale_marker][icon + " "][label + ": "]value</c> (docs/spec/rate-limit-segments.md#text); an empty label or
/// icon drops its part. Only the segments that show usage data read a <see cref="StaleMarker"/> (default <c>~</c>): it marks
/// JSONL estimates and endpoint data older than <c>[usage] stale_after</c> (docs/spec/decisions.md#d10-stale-data-is-marked),
/// never an error.
/// </summary>
internal sealed record SegmentLabel(string Label, string Icon, string StaleMarker = "")
{
    public string Prefix => PrefixOf(Icon, Label);

    /// <summary><c>[icon + " "][label + ": "]</c>: the one text assembly all segments share.</summary>
    public static string PrefixOf(string icon, string label) =>
        (icon.Length > 0 ? icon + " " : string.Empty) + (label.Length > 0 ? label + ": " : string.Empty);

    /// <summary>The prefix, after the stale marker when <paramref name="stale"/>.</summary>
    public string For(bool stale) => For(stale, Label);

    /// <summary>The prefix with <paramref name="label"/> in place of the configured one (a model's name).</summary>
    public string For(bool stale, string label) => (stale ? StaleMarker : string.Empty) + PrefixOf(Icon, label);

    /// <summary>What comes before an error's bracket text, <c>5h: </c> in <c>5h: [Timeout]</c>: errors never carry the stale marker.</summary>
    public string ErrorPrefix(string label) => For(false, label);

    public SegmentOutput Output(string value, StyleRole role) => SegmentOutput.Of(Prefix + value, role);

    /// <summary>The label part in the muted role, followed by the value runs.</summary>
    public SegmentOutput Output(IEnumerable<TextRun> valueRuns)
    {
        var runs = new List<TextRun>();
        if (Prefix.Length > 0)
        {
            runs.Add(new TextRun(Prefix, StyleRole.Muted));
        }

        runs.AddRange(valueRuns);
        return new SegmentOutput(runs);
    }
}
