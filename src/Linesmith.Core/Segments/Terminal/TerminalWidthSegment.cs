using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Terminal;

/// <summary>
/// <c>terminal_width</c>: the terminal's width in columns, from <c>COLUMNS</c>, which Claude Code sets for the
/// status line since 2.1.153 (README.md "Width"): <c>cols: 120</c>. Read with the same range as the layout's
/// (<see cref="TerminalColumns"/>); hidden when it is unset or refused.
/// </summary>
internal sealed class TerminalWidthSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("cols");

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context) =>
        TerminalColumns.Read(context.Environment, out _) is { } columns
            ? _label.Output(columns.ToString(CultureInfo.InvariantCulture), StyleRole.Muted)
            : null;
}
