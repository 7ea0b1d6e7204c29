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
        var color = Choose(options, "color", ColorMode.Auto, ("auto", ColorMode.Auto), ("always", ColorMode.Always), ("never", ColorMode.Never));
        var links = Choose(options, "links", ColorMode.Auto, ("auto", ColorMode.Auto), ("always", ColorMode.Always), ("never", ColorMode.Never));
        // The statusLine.padding of Claude Code's settings (see Rendering.LineWidth).
        var padding = options.GetInteger("claude_padding", 0, 0, MaxClaudePadding);
        var style = Choose(options, "style", LineStyle.Plain, ("plain", LineStyle.Plain), ("powerline", LineStyle.Powerline), ("capsule", LineStyle.Capsule));
        var icons = Choose(options, "icons", IconChoice.SegmentDefault, ("nerdfont", IconChoice.NerdFont), ("unicode", IconChoice.Unicode), ("ascii", IconChoice.Ascii), ("off", IconChoice.Off));
        var powerlineWidth = options.GetInteger("powerline_width", 1, 1, 2);
        var overflow = Choose(options, "overflow", OverflowMode.Drop, ("drop", OverflowMode.Drop), ("wrap", OverflowMode.Wrap));
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

    private static T Choose<T>(SettingsTable options, string key, T fallback, params (string Name, T Value)[] choices)
    {
        if (options.GetString(key) is not { } value)
        {
            return fallback;
        }

        foreach (var (name, choice) in choices)
        {
            if (value == name)
            {
                return choice;
            }
        }

        var names = string.Join(", ", choices[..^1].Select(choice => choice.Name)) + " or " + choices[^1].Name;
        var fallbackName = choices.FirstOrDefault(choice => EqualityComparer<T>.Default.Equals(choice.Value, fallback)).Name ?? "the default";
        options.Warn(key, $"unknown value '{value}' (expected {names}); using {fallbackName}");
        return fallback;
    }
}
