using Linesmith.Rendering;

namespace Linesmith.Segments;

/// <summary>
/// The <c>label</c> and <c>icon</c> of a segment (read by <see cref="LabelOptions"/>) and the text assembly every segment shares:
/// <c>[icon + " "][label + ": "]value</c>; an empty label or icon drops its part.
/// </summary>
internal sealed record SegmentLabel(string Label, string Icon)
{
    public string Prefix => PrefixOf(Icon, Label);

    /// <summary><c>[icon + " "][label + ": "]</c>: the one text assembly all segments share.</summary>
    public static string PrefixOf(string icon, string label) =>
        (icon.Length > 0 ? icon + " " : string.Empty) + (label.Length > 0 ? label + ": " : string.Empty);

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
