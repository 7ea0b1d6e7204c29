using Linesmith.Config;
using Linesmith.Rendering;

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

    private static readonly Choice<BarFill>[] FillChoices =
    [
        new("whole", BarFill.Whole),
        new("half", BarFill.Half),
        new("eighth", BarFill.Eighth),
        new("braille", BarFill.Braille),
    ];

    /// <summary>
    /// Reads <c>progress_width</c>: null, with a warning that ends in <paramref name="consequence"/>,
    /// when it is outside 1..=65535 (an invalid width changes the format, which differs per segment).
    /// </summary>
    public static int? ReadWidth(SettingsTable settings, string consequence)
    {
        var width = settings.GetInteger("progress_width", DefaultWidth, 1, MaxWidth, consequence);
        return width is { } cells ? (int)cells : null;
    }

    /// <summary>
    /// Reads <c>fill</c>, <c>brackets</c>, <c>dim_empty</c> and <c>characters.*</c>. Without threshold
    /// colour the bar is flat: its empty cells are not dimmed either, as in the original.
    /// </summary>
    public static ProgressBar Read(SettingsTable settings, int width, Thresholds thresholds)
    {
        var fill = ChoiceReader.Read(settings, "fill", BarFill.Whole, FillChoices);
        var brackets = settings.GetBool("brackets", false);
        var dimEmpty = settings.GetBool("dim_empty", true) && thresholds.Enabled;
        var glyphs = BarGlyphs.For(fill);
        var characters = settings.GetTable("characters");

        // characters.partial is the half cell; the eighth and braille ramps keep their own glyphs.
        var partial = SingleCell(characters, "partial", BarGlyphs.HalfBlock);
        glyphs = glyphs with
        {
            Full = SingleCell(characters, "full", glyphs.Full),
            Partials = fill == BarFill.Half ? [partial] : glyphs.Partials,
            Empty = SingleCell(characters, "empty", glyphs.Empty),
            Open = SingleCell(characters, "open", glyphs.Open),
            Close = SingleCell(characters, "close", glyphs.Close),
        };
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

    private static string SingleCell(SettingsTable characters, string key, string fallback)
    {
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
