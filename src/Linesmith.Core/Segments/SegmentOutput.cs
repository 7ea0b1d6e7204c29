using Linesmith.Rendering;

namespace Linesmith.Segments;

/// <summary>
/// What a segment renders: one or more styled runs, shown together. A segment that has nothing to
/// show returns null instead (hidden), never an empty output.
/// </summary>
internal sealed record SegmentOutput(IReadOnlyList<TextRun> Runs)
{
    public static SegmentOutput Of(string text, StyleRole role) => new([new TextRun(text, role)]);

    /// <summary>The plain text of all runs, as a person would read it.</summary>
    public string PlainText => string.Concat(Runs.Select(run => run.Text));

    /// <summary>Terminal cells the text takes (see <see cref="Rendering.CellWidth"/>).</summary>
    public int Width => CellWidth.Of(Runs);
}
