using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;
using Linesmith.Segments.RateLimits;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>context_bar</c>: the context window as a bar and a percentage (<c>████░░░░░░ 42%</c>),
/// <c>progress_width</c> cells wide (default 10, 1..100), the empty part dimmed: drawn by <see cref="ProgressBar"/>.
/// </summary>
internal sealed class ContextBarSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    /// <summary>Narrower than the rate limits' bar (1..65535): the context bar is meant to stay small.</summary>
    private static readonly IntegerOption Width = new("progress_width", "the bar's width in cells", 10, 1, 100);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly Thresholds _roles = Thresholds.Read(settings);
    /// <summary>The rate limits' bar with whole cells, no brackets and the empty part always dimmed.</summary>
    private readonly ProgressBar _bar = new((int)Width.Read(settings), BarGlyphs.For(BarFill.Whole), Brackets: false, DimEmpty: true);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Width, .. Thresholds.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextPercent.Of(context.Payload) is not { } used)
        {
            return null;
        }

        var role = _roles.RoleFor(used);
        var bar = new RunList();
        _bar.Render(used, role, bar);
        return _label.Output([.. bar.ToOutput().Runs, new TextRun(" " + used.ToString("0", CultureInfo.InvariantCulture) + "%", role)]);
    }
}
