using Linesmith.Config;
using Linesmith.Text;

namespace Linesmith.Rendering;

/// <summary>
/// The <c>[style]</c> table (README.md#layout-and-look): per segment id a foreground <c>fg</c> and a
/// background <c>bg</c>, each <c>#rrggbb</c> or a role name (<c>accent</c>), resolved by the theme. In the
/// plain style they colour the segment's text; in the powerline and capsule styles its block. A value
/// that is neither, or a table for an id no segment has, warns with its line and column and is ignored.
/// </summary>
internal sealed class SegmentColors
{
    public static readonly SegmentColors None = new([]);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly Dictionary<string, (Paint? Foreground, Paint? Background)> _colors;

    private SegmentColors(Dictionary<string, (Paint? Foreground, Paint? Background)> colors) => _colors = colors;

    public bool IsEmpty => _colors.Count == 0;

    /// <summary>Reads <paramref name="style"/>; <paramref name="isSegment"/> says which ids exist.</summary>
    public static SegmentColors Read(SettingsTable style, Func<string, bool> isSegment)
    {
        if (style.Count == 0)
        {
            return None;
        }

        var colors = new Dictionary<string, (Paint?, Paint?)>(StringComparer.Ordinal);
        foreach (var id in style.Keys.ToList())
        {
            var table = style.GetTable(id);
            if (!isSegment(id))
            {
                style.Warn(id, "unknown segment; ignored");
                continue;
            }

            var foreground = Color(table, "fg");
            var background = Color(table, "bg");
            table.ReportUnreadKeys();
            if (foreground is not null || background is not null)
            {
                colors[id] = (foreground, background);
            }
        }

        style.ReportUnreadKeys();
        return colors.Count == 0 ? None : new SegmentColors(colors);
    }

    public (Paint? Foreground, Paint? Background) For(string id) => _colors.TryGetValue(id, out var colors) ? colors : default;

    /// <summary><c>#rrggbb</c> or a role name (as <c>role:</c> takes them, docs/spec/config.md#keys).</summary>
    public static bool TryParse(string text, out Paint paint)
    {
        paint = default;
        if (text.StartsWith('#'))
        {
            if (text.Length == 7 && !text.AsSpan(1).ContainsAnyExcept(HexDigits) && Rgb.TryParse(text, out var rgb))
            {
                paint = Paint.Of(rgb);
                return true;
            }

            return false;
        }

        foreach (var role in Enum.GetValues<StyleRole>())
        {
            if (string.Equals(text, role.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                paint = new Paint(role);
                return true;
            }
        }

        return false;
    }

    private static Paint? Color(SettingsTable table, string key)
    {
        if (table.GetString(key) is not { } text)
        {
            return null;
        }

        if (TryParse(text, out var paint))
        {
            return paint;
        }

        table.Warn(key, $"expected #rrggbb or a role (foreground, primary, accent, muted, success, warning, critical, info), found '{Shown(text)}'; ignored");
        return null;
    }

    // The value comes from the config file: shown without control characters and not at any length.
    private static string Shown(string text)
    {
        var clean = TerminalText.Sanitize(text);
        return clean.Length <= 32 ? clean : clean[..32] + "…";
    }
}
