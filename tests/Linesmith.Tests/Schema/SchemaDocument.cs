using System.Text.Json;
using System.Text.RegularExpressions;

namespace Linesmith.Tests.Schema;

/// <summary>
/// The generated schema read back as the tests walk it: every table (with whether it is closed) and every
/// leaf key with its schema, <c>$ref</c>s resolved, paths dotted as the config reader names keys.
/// </summary>
internal sealed class SchemaDocument
{
    private readonly JsonElement _root;

    public SchemaDocument(string json)
    {
        _root = JsonDocument.Parse(json).RootElement.Clone();
        Walk(string.Empty, _root);
    }

    /// <summary>Every table: its dotted path ("" for the root) and whether it refuses keys it does not list.</summary>
    public List<(string Path, bool Closed)> Tables { get; } = [];

    /// <summary>Every key that holds a value, not a table: its dotted path and its schema.</summary>
    public List<(string Path, JsonElement Schema)> Leaves { get; } = [];

    public JsonElement Resolve(JsonElement schema) =>
        schema.TryGetProperty("$ref", out var reference)
            ? _root.GetProperty("definitions").GetProperty(reference.GetString()!["#/definitions/".Length..])
            : schema;

    /// <summary>The schema of the key at <paramref name="path"/>; <c>[]</c> steps into an array's items (every alternative); null when the schema has no such key.</summary>
    public List<JsonElement> Find(string path)
    {
        var current = new List<JsonElement> { _root };
        foreach (var part in path.Split('.'))
        {
            var next = new List<JsonElement>();
            foreach (var schema in current.Select(Resolve))
            {
                var name = part.EndsWith("[]", StringComparison.Ordinal) ? part[..^2] : part;
                if (!schema.TryGetProperty("properties", out var properties) || !properties.TryGetProperty(name, out var found))
                {
                    continue;
                }

                found = Resolve(found);
                if (part.EndsWith("[]", StringComparison.Ordinal))
                {
                    var items = Resolve(found.GetProperty("items"));
                    next.AddRange(items.TryGetProperty("anyOf", out var alternatives) ? alternatives.EnumerateArray() : [items]);
                }
                else
                {
                    next.Add(found);
                }
            }

            current = next;
        }

        return current;
    }

    public static bool Matches(JsonElement schema, string text) =>
        !schema.TryGetProperty("pattern", out var pattern) || Regex.IsMatch(text, pattern.GetString()!, RegexOptions.ECMAScript);

    private void Walk(string path, JsonElement schema)
    {
        schema = Resolve(schema);
        Tables.Add((path, schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False));
        foreach (var property in schema.GetProperty("properties").EnumerateObject())
        {
            var child = path.Length == 0 ? property.Name : path + "." + property.Name;
            var resolved = Resolve(property.Value);
            if (resolved.TryGetProperty("properties", out _))
            {
                Walk(child, resolved);
            }
            else
            {
                Leaves.Add((child, resolved));
            }
        }
    }
}
