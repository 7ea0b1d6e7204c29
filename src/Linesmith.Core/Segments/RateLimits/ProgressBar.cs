using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The <c>progress</c> format's bar (usage-cache.md §7): <see cref="Width"/> cells, filled
/// round(pct / 100 × width) (in steps of a half, an eighth or a braille dot with finer fills),
/// optionally bracketed, the empty cells dim when <c>dim_empty</c>.
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
        var width = settings.GetInteger("progress_width", DefaultWidth);
        if (width is >= 1 and <= MaxWidth)
        {
            return (int)width;
        }

        settings.Warn("progress_width", $"must be between 1 and {MaxWidth}, found {width}; {consequence}");
        return null;
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
        var partial = SingleCell(characters, "partial", null);
        glyphs = new BarGlyphs(
            SingleCell(characters, "full", glyphs.Full)!,
            partial is null ? glyphs.Partials : [.. glyphs.Partials.Select(_ => partial)],
            SingleCell(characters, "empty", glyphs.Empty)!,
            SingleCell(characters, "open", glyphs.Open)!,
            SingleCell(characters, "close", glyphs.Close)!);
        return new ProgressBar(width, glyphs, brackets, dimEmpty);
    }

    /// <summary>Appends the bar for <paramref name="percent"/> (0..100) to <paramref name="runs"/>.</summary>
    public void Render(double percent, StyleRole role, RunList runs)
    {
        var steps = Glyphs.StepsPerCell;
        var total = (long)Width * steps;
        var filled = (long)Math.Round(Math.Clamp(percent, 0, 100) / 100 * total, MidpointRounding.AwayFromZero);
        var fullCells = (int)(filled / steps);
        var remainder = (int)(filled % steps);
        var emptyCells = Width - fullCells - (remainder > 0 ? 1 : 0);

        if (Brackets)
        {
            runs.Add(Glyphs.Open, role);
        }

        var filledText = string.Concat(Enumerable.Repeat(Glyphs.Full, fullCells));
        if (remainder > 0)
        {
            filledText += Glyphs.Partials[remainder - 1];
        }

        runs.Add(filledText, role);
        runs.Add(string.Concat(Enumerable.Repeat(Glyphs.Empty, emptyCells)), role, DimEmpty);
        if (Brackets)
        {
            runs.Add(Glyphs.Close, role);
        }
    }

    private static string? SingleCell(SettingsTable characters, string key, string? fallback)
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

        var instead = fallback is null ? "using the fill's own glyphs" : $"using \"{fallback}\"";
        characters.Warn(key, $"must be a single-cell character, found \"{value}\"; {instead}");
        return fallback;
    }
}
