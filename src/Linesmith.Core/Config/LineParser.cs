namespace Linesmith.Config;

/// <summary>
/// Reads <c>[line]</c>: <c>segments = [...]</c> for one line, or <c>[line.1]</c>, <c>[line.2]</c>, …
/// each with its own <c>segments</c> for several. Entries are ids or inline tables
/// <c>{ type = "separator", character = " | " }</c> or <c>{ type = "flex" }</c>; anything else is skipped with a warning.
/// </summary>
internal static class LineParser
{
    /// <summary>The most <c>[line.N]</c> tables read: <c>[line.1]</c> … <c>[line.16]</c>; no status line is taller.</summary>
    public const int MaxLines = 16;

    /// <summary>A separator item without a (string) <c>character</c> puts one space.</summary>
    public const string DefaultSeparatorCharacter = " ";

    /// <summary>The lines in order, or null when the config names none (the default line applies).</summary>
    public static IReadOnlyList<IReadOnlyList<LineItem>>? Parse(SettingsTable line)
    {
        if (line.Contains("segments"))
        {
            var single = ParseSegments(line, "segments");
            line.ReportUnreadKeys();
            return [single];
        }

        var numbered = new SortedDictionary<int, IReadOnlyList<LineItem>>();
        for (var number = 1; number <= MaxLines; number++)
        {
            var key = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (line.Contains(key))
            {
                var table = line.GetTable(key);
                numbered[number] = ParseSegments(table, "segments");
                table.ReportUnreadKeys();
            }
        }

        line.ReportUnreadKeys();
        return numbered.Count == 0 ? null : numbered.Values.ToList();
    }

    private static List<LineItem> ParseSegments(SettingsTable table, string key)
    {
        var items = new List<LineItem>();
        if (table.GetRaw(key) is not IReadOnlyList<object?> entries)
        {
            if (table.GetRaw(key) is not null)
            {
                table.Warn(key, "expected an array of segment ids; using the default line");
            }

            return items;
        }

        for (var index = 0; index < entries.Count; index++)
        {
            switch (entries[index])
            {
                case string id when id.Length > 0:
                    items.Add(LineItem.Segment(id));
                    break;
                case IReadOnlyDictionary<string, object?> inline when ReadInline(inline) is { } item:
                    items.Add(item);
                    WarnUnreadInlineKeys(table, $"{key}[{index}]", inline, item);
                    if (item.Separator is not null && inline.TryGetValue("character", out var character) && character is not string)
                    {
                        table.Warn($"{key}[{index}].character", $"expected a string, found {RangeMessage.TypeName(character ?? string.Empty)}; using \"{DefaultSeparatorCharacter}\"");
                    }

                    break;
                default:
                    table.Warn($"{key}[{index}]", "expected a segment id or { type = \"separator\", character = \"...\" }; skipped");
                    break;
            }
        }

        return items;
    }

    /// <summary>
    /// An inline item's keys other than the ones its type reads are reported by name, like unknown keys
    /// anywhere else (README.md#configuration). The original's <c>merge</c> and <c>group</c> (glue a
    /// segment to its neighbour; docs/spec/config.md) are named with what linesmith does instead, so a
    /// config brought over from it does not lose them in silence.
    /// </summary>
    private static void WarnUnreadInlineKeys(SettingsTable table, string path, IReadOnlyDictionary<string, object?> inline, LineItem item)
    {
        foreach (var name in inline.Keys)
        {
            if (name == "type" || (name == "character" && item.Separator is not null))
            {
                continue;
            }

            table.Warn(
                $"{path}.{name}",
                name is "merge" or "group"
                    ? $"'{name}' is not supported (each segment stands alone; a {{ type = \"separator\", character = \"\" }} item between two segments joins them); ignored"
                    : "unknown key; ignored");
        }
    }

    private static LineItem? ReadInline(IReadOnlyDictionary<string, object?> inline)
    {
        var type = inline.TryGetValue("type", out var value) ? value as string : null;
        if (type == "separator")
        {
            return LineItem.Literal(inline.TryGetValue("character", out var character) && character is string text ? text : DefaultSeparatorCharacter);
        }

        if (type == "flex")
        {
            return LineItem.FlexSpace;
        }

        // { type = "model" } names a segment like a plain id does.
        return string.IsNullOrEmpty(type) ? null : LineItem.Segment(type);
    }
}
