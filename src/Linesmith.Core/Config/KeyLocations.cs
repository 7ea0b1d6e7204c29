using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Linesmith.Config;

/// <summary>
/// Where each key of a config file is written (1-based line and column), read from Tomlyn's
/// syntax tree so that every warning can point at its line, as <c>--check-config</c> promises.
/// </summary>
internal sealed class KeyLocations
{
    private readonly Dictionary<string, (int Line, int Column)> _locations;

    private KeyLocations(Dictionary<string, (int Line, int Column)> locations) => _locations = locations;

    public static KeyLocations None { get; } = new([]);

    public static KeyLocations Of(string text, string sourceName)
    {
        var locations = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        var document = SyntaxParser.Parse(text, sourceName, false);
        Add(locations, string.Empty, document.KeyValues);
        foreach (var table in document.Tables)
        {
            var prefix = KeyText(table.Name);
            if (prefix.Length == 0)
            {
                continue;
            }

            locations.TryAdd(prefix, Position(table.Span.Start));
            Add(locations, prefix, table.Items);
        }

        return new KeyLocations(locations);
    }

    /// <summary>The location of the key, or of its nearest enclosing table that has one.</summary>
    public (int Line, int Column)? Find(string keyPath)
    {
        for (var path = keyPath; path.Length > 0; path = path[..Math.Max(path.LastIndexOf('.'), 0)])
        {
            if (_locations.TryGetValue(path, out var location))
            {
                return location;
            }
        }

        return null;
    }

    private static void Add(Dictionary<string, (int, int)> locations, string prefix, SyntaxList<KeyValueSyntax> items)
    {
        foreach (var item in items)
        {
            var key = KeyText(item.Key);
            if (key.Length > 0)
            {
                var path = prefix.Length == 0 ? key : $"{prefix}.{key}";
                locations.TryAdd(path, Position(item.Span.Start));
                AddArrayItems(locations, path, item.Value);
            }
        }
    }

    // The elements of an array value as `key[i]`, and the keys of an inline table among them as
    // `key[i].name`: a line item's own key (`line.segments[0].merge`) is then found where it is written.
    private static void AddArrayItems(Dictionary<string, (int, int)> locations, string path, ValueSyntax? value)
    {
        if (value is not ArraySyntax array)
        {
            return;
        }

        var index = 0;
        foreach (var element in array.Items)
        {
            var elementPath = $"{path}[{index++}]";
            if (element.Value is null)
            {
                continue;
            }

            locations.TryAdd(elementPath, Position(element.Value.Span.Start));
            if (element.Value is InlineTableSyntax inline)
            {
                foreach (var entry in inline.Items)
                {
                    if (entry.KeyValue is { } keyValue && KeyText(keyValue.Key) is { Length: > 0 } name)
                    {
                        locations.TryAdd($"{elementPath}.{name}", Position(keyValue.Span.Start));
                    }
                }
            }
        }
    }

    // The key as written, e.g. `segments.rate_limit_5h`; quotes around quoted parts are dropped.
    private static string KeyText(KeySyntax? key) =>
        key is null ? string.Empty : string.Concat(key.ToString()!.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '\'')));

    private static (int, int) Position(TextPosition position) => (position.Line + 1, position.Column + 1);
}
