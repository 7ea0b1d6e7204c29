namespace Linesmith.Config;

/// <summary>
/// The <c>[layout_options]</c> table (docs/spec/config.md#keys): the separator, colour and links,
/// Claude Code's padding, and the look: <c>style</c>, <c>icons</c>, <c>powerline_width</c> (the cells a
/// font draws U+E0B0 in, 1 or 2) and <c>overflow</c>. A refused value warns and keeps the default.
/// </summary>
internal sealed record LayoutOptions(
    string Separator,
    ColorMode Color,
    ColorMode Links,
    int ClaudePadding,
    LineStyle Style,
    IconChoice Icons,
    int PowerlineWidth,
    OverflowMode Overflow,
    IReadOnlyList<string> LinkSegments)
{
    public const string DefaultSeparator = " · ";

    /// <summary>More padding than this leaves no line on any terminal; a larger value is a typo.</summary>
    public const int MaxClaudePadding = 100;

    /// <summary>The cells a font draws U+E0B0 in: one, or two for the fonts that draw it wide.</summary>
    public const int MinPowerlineWidth = 1;

    public const int MaxPowerlineWidth = 2;

    /// <summary>The <c>separator</c> words that stand for something other than their own text.</summary>
    public static IReadOnlyList<string> SeparatorWords { get; } = ["space", "powerline"];

    public static readonly LayoutChoice<ColorMode> ColorKey = new("color", "colours: auto follows NO_COLOR, FORCE_COLOR, COLORTERM and TERM", ColorMode.Auto, ("auto", ColorMode.Auto), ("always", ColorMode.Always), ("never", ColorMode.Never));

    public static readonly LayoutChoice<ColorMode> LinksKey = new("links", "OSC 8 links: auto (on exactly when colour is on), always or never", ColorMode.Auto, ("auto", ColorMode.Auto), ("always", ColorMode.Always), ("never", ColorMode.Never));

    public static readonly LayoutChoice<LineStyle> StyleKey = new("style", "plain text, or filled blocks joined by arrows (powerline) or with rounded ends (capsule); the last two need colour", LineStyle.Plain, ("plain", LineStyle.Plain), ("powerline", LineStyle.Powerline), ("capsule", LineStyle.Capsule));

    public static readonly LayoutChoice<IconChoice> IconsKey = new("icons", "one icon set for every segment; unset keeps each segment's own icon", IconChoice.SegmentDefault, ("nerdfont", IconChoice.NerdFont), ("unicode", IconChoice.Unicode), ("ascii", IconChoice.Ascii), ("off", IconChoice.Off));

    public static readonly LayoutChoice<OverflowMode> OverflowKey = new("overflow", "what happens to segments that do not fit: dropped by priority, or wrapped onto the next line", OverflowMode.Drop, ("drop", OverflowMode.Drop), ("wrap", OverflowMode.Wrap));

    /// <summary>Every key of the table that takes one of a few names.</summary>
    public static IReadOnlyList<LayoutChoice> Choices { get; } = [ColorKey, LinksKey, StyleKey, IconsKey, OverflowKey];

    public static LayoutOptions Read(SettingsTable options)
    {
        var text = options.GetString("separator");
        var separator = text switch
        {
            null => DefaultSeparator,
            "space" => " ",
            "powerline" => " \uE0B1 ",
            _ => text,
        };
        var color = ColorKey.Read(options);
        var links = LinksKey.Read(options);
        // The statusLine.padding of Claude Code's settings (see Rendering.LineWidth).
        var padding = options.GetInteger("claude_padding", 0, 0, MaxClaudePadding);
        var style = StyleKey.Read(options);
        var icons = IconsKey.Read(options);
        var powerlineWidth = options.GetInteger("powerline_width", MinPowerlineWidth, MinPowerlineWidth, MaxPowerlineWidth);
        var overflow = OverflowKey.Read(options);
        var linkSegments = ReadIds(options, "link_segments");

        options.ReportUnreadKeys();
        return new LayoutOptions(separator, color, links, (int)padding, style, icons, (int)powerlineWidth, overflow, linkSegments);
    }

    // A list of segment ids; the line builder checks that each has a link target.
    private static List<string> ReadIds(SettingsTable options, string key)
    {
        if (options.GetRaw(key) is not { } raw)
        {
            return [];
        }

        var ids = new List<string>();
        if (raw is IReadOnlyList<object?> entries)
        {
            foreach (var entry in entries)
            {
                if (entry is string { Length: > 0 } id)
                {
                    ids.Add(id);
                }
                else
                {
                    options.Warn(key, $"expected segment ids, found {RangeMessage.TypeName(entry ?? string.Empty)}; skipped");
                }
            }
        }
        else
        {
            options.Warn(key, $"expected an array of segment ids, found {RangeMessage.TypeName(raw)}; using none");
        }

        return ids;
    }
}
