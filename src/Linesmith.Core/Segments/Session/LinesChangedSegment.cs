using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary><c>lines_changed</c>: lines added and removed in the session (<c>+156 -23</c>); hidden when unknown or both are 0.</summary>
internal sealed class LinesChangedSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        var cost = context.Payload.Cost;
        var added = ToCount(cost?.TotalLinesAdded);
        var removed = ToCount(cost?.TotalLinesRemoved);
        if ((added ?? 0) == 0 && (removed ?? 0) == 0)
        {
            return null;
        }

        return _label.Output(
        [
            new TextRun("+" + (added ?? 0).ToString(CultureInfo.InvariantCulture), StyleRole.Success),
            new TextRun(" ", StyleRole.Muted),
            new TextRun("-" + (removed ?? 0).ToString(CultureInfo.InvariantCulture), StyleRole.Critical),
        ]);
    }

    private static long? ToCount(double? value) => value is { } number && number >= 0 ? (long)Math.Min(number, long.MaxValue) : null;
}
