using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The <c>progress</c> format's bar (docs/spec/rate-limit-segments.md): <see cref="Width"/> cells, filled
/// round(pct / 100 × width) with <c>fill = "whole"</c>, or with a half cell, an eighth or a braille
/// dot at the edge with the finer fills; optionally bracketed, the empty cells dim when
/// <c>dim_empty</c>.
/// </summary>
internal sealed record ProgressBar(int Width, BarGlyphs Glyphs, bool Brackets, bool DimEmpty)
{
    public const int DefaultWidth = 20;

    /// <summary>The largest width accepted (a u16 in the original).</summary>
    public const int MaxWidth = 65535;

    public static readonly IntegerOption WidthKey = new("progress_width", "the bar's width in cells", DefaultWidth, 1, MaxWidth);

    public static readonly ChoiceOption<BarFill> FillKey = new(
        "fill",
        "the cell at the bar's edge: whole cells, a half cell, eighths or braille dots",
        BarFill.Whole,
        [new("whole", BarFill.Whole), new("half", BarFill.Half), new("eighth", BarFill.Eighth), new("braille", BarFill.Braille)]);

    public static readonly BoolOption BracketsKey = new("brackets", "put the bar between characters.open and characters.close", false);

    public static readonly BoolOption DimEmptyKey = new("dim_empty", "dim the empty cells (not without threshold_color)", true);

    public static readonly TextOption FullKey = new("characters.full", "a filled cell (unset: the fill's own, █ or ⣿)", null, SingleCell: true);

    public static readonly TextOption PartialKey = new("characters.partial", "the half cell (fill = \"half\")", BarGlyphs.HalfBlock, SingleCell: true);

    public static readonly TextOption EmptyKey = new("characters.empty", "an empty cell (unset: the fill's own, ░ or a blank braille cell)", null, SingleCell: true);

    public static readonly TextOption OpenKey = new("characters.open", "before the bar (brackets = true)", "[", SingleCell: true);

    public static readonly TextOption CloseKey = new("characters.close", "after the bar (brackets = true)", "]", SingleCell: true);

    /// <summary>The bar's keys, as the percent and reset segments declare them.</summary>
    public static IReadOnlyList<SegmentOption> Options { get; } = [WidthKey, FillKey, BracketsKey, DimEmptyKey, FullKey, PartialKey, EmptyKey, OpenKey, CloseKey];

    /// <summary>
    /// Reads <c>progress_width</c>: null, with a warning that ends in <paramref name="consequence"/>,
    /// when it is outside 1..=65535 (an invalid width changes the format, which differs per segment).
    /// </summary>
    public static int? ReadWidth(SettingsTable settings, string consequence)
    {
        var width = WidthKey.Read(settings, consequence);
        return width is { } cells ? (int)cells : null;
    }

    /// <summary>
    /// Reads <c>fill</c>, <c>brackets</c>, <c>dim_empty</c> and <c>characters.*</c>. Without threshold
    /// colour the bar is flat: its empty cells are not dimmed either, as in the original.
    /// </summary>
    public static ProgressBar Read(SettingsTable settings, int width, Thresholds thresholds)
    {
        var fill = FillKey.Read(settings);
        var brackets = BracketsKey.Read(settings);
        var dimEmpty = DimEmptyKey.Read(settings) && thresholds.Enabled;
        var glyphs = BarGlyphs.For(fill);
        var characters = settings.GetTable("characters");

        // characters.partial is the half cell; the eighth and braille ramps keep their own glyphs.
        var partial = SingleCell(characters, PartialKey, BarGlyphs.HalfBlock);
        glyphs = glyphs with
        {
            Full = SingleCell(characters, FullKey, glyphs.Full),
            Partials = fill == BarFill.Half ? [partial] : glyphs.Partials,
            Empty = SingleCell(characters, EmptyKey, glyphs.Empty),
            Open = SingleCell(characters, OpenKey, glyphs.Open),
            Close = SingleCell(characters, CloseKey, glyphs.Close),
        };
        characters.ReportUnreadKeys();
        return new ProgressBar(width, glyphs, brackets, dimEmpty);
    }

    /// <summary>
    /// Appends the bar for <paramref name="percent"/> (0..100) to <paramref name="runs"/>: brackets
    /// muted, filled cells in <paramref name="role"/>, empty cells dim when <see cref="DimEmpty"/>.
    /// </summary>
    public void Render(double percent, StyleRole role, RunList runs)
    {
        var (fullCells, partial) = Cells(double.IsFinite(percent) ? percent : 0);
        var emptyCells = Width - fullCells - (partial is null ? 0 : 1);
        if (Brackets)
        {
            runs.Add(Glyphs.Open, StyleRole.Muted);
        }

        runs.Add(string.Concat(Enumerable.Repeat(Glyphs.Full, fullCells)) + partial, role);
        runs.Add(string.Concat(Enumerable.Repeat(Glyphs.Empty, emptyCells)), role, DimEmpty);
        if (Brackets)
        {
            runs.Add(Glyphs.Close, StyleRole.Muted);
        }
    }

    /// <summary>
    /// Whole cells round to the nearest cell; a half cell shows when the rest is at least half a
    /// cell; the ramps round to the nearest step and carry a full step into a whole cell.
    /// </summary>
    private (int Full, string? Partial) Cells(double percent)
    {
        var filled = Math.Clamp(Width * percent / 100, 0, Width);
        switch (Glyphs.Fill)
        {
            case BarFill.Whole:
                return ((int)Math.Round(filled, MidpointRounding.AwayFromZero), null);
            case BarFill.Half:
                var whole = (int)Math.Floor(filled);
                return (whole, whole < Width && filled - whole >= 0.5 ? Glyphs.Partials[0] : null);
            default:
                var levels = Glyphs.Partials.Count + 1;
                var steps = Math.Min((long)Math.Round(filled * levels, MidpointRounding.AwayFromZero), (long)Width * levels);
                var remainder = (int)(steps % levels);
                return ((int)(steps / levels), remainder > 0 ? Glyphs.Partials[remainder - 1] : null);
        }
    }

    private static string SingleCell(SettingsTable characters, TextOption option, string fallback)
    {
        var key = option.Leaf;
        var value = characters.GetString(key);
        if (value is null)
        {
            return fallback;
        }

        if (CellWidth.Of(value) == 1 && value.EnumerateRunes().Count() == 1)
        {
            return value;
        }

        characters.Warn(key, $"must be a single-cell character, found \"{value}\"; using \"{fallback}\"");
        return fallback;
    }
}
