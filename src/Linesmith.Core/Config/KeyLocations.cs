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
                locations.TryAdd(prefix.Length == 0 ? key : $"{prefix}.{key}", Position(item.Span.Start));
            }
        }
    }

    // The key as written, e.g. `segments.rate_limit_5h`; quotes around quoted parts are dropped.
    private static string KeyText(KeySyntax? key) =>
        key is null ? string.Empty : string.Concat(key.ToString()!.Where(c => !char.IsWhiteSpace(c) && c is not ('"' or '\'')));

    private static (int, int) Position(TextPosition position) => (position.Line + 1, position.Column + 1);
}
