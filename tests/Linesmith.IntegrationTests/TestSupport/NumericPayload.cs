using System.Text;
using System.Text.Json.Serialization.Metadata;
using Linesmith.Input.Json;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A stdin payload with one literal in every number (and every time stamp, which may be a number) the
/// payload shape has, found from its source-generated JSON metadata: a field added to the shape is
/// covered without editing a list. Strings keep a plausible model and directory.
/// </summary>
internal static class NumericPayload
{
    public static string With(string literal)
    {
        var json = new StringBuilder();
        Write(json, StatusJsonContext.Default.GetTypeInfo(typeof(Input.Payload.StatusPayload))!, literal, depth: 0);
        return json.ToString();
    }

    /// <summary>The dotted name and type of every number the payload shape has (<c>cost.total_cost_usd</c>, …).</summary>
    public static IReadOnlyList<(string Path, Type Type)> Fields()
    {
        var fields = new List<(string, Type)>();
        Collect(StatusJsonContext.Default.GetTypeInfo(typeof(Input.Payload.StatusPayload))!, string.Empty, fields, depth: 0);
        return fields;
    }

    private static void Write(StringBuilder json, JsonTypeInfo type, string literal, int depth)
    {
        json.Append('{');
        var first = true;
        foreach (var property in type.Properties)
        {
            var value = ValueOf(property, literal, depth);
            if (value is null)
            {
                continue;
            }

            json.Append(first ? string.Empty : ",").Append('"').Append(property.Name).Append("\":");
            first = false;
            if (value.Length == 0)
            {
                Write(json, StatusJsonContext.Default.GetTypeInfo(property.PropertyType)!, literal, depth + 1);
            }
            else
            {
                json.Append(value);
            }
        }

        json.Append('}');
    }

    // The literal for a number, a fixed string for the few strings segments need, "" for a nested object, null to leave out.
    private static string? ValueOf(JsonPropertyInfo property, string literal, int depth)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type == typeof(double) || type == typeof(DateTimeOffset) || type == typeof(long) || type == typeof(int))
        {
            return literal;
        }

        if (type == typeof(string))
        {
            return property.Name switch
            {
                "id" => "\"claude-opus-4-5\"",
                "display_name" => "\"Opus\"",
                "current_dir" or "cwd" => "\"/tmp/w\"",
                _ => null,
            };
        }

        return type.IsClass && depth < 4 && StatusJsonContext.Default.GetTypeInfo(property.PropertyType) is { Kind: JsonTypeInfoKind.Object } ? string.Empty : null;
    }

    private static void Collect(JsonTypeInfo type, string prefix, List<(string, Type)> fields, int depth)
    {
        foreach (var property in type.Properties)
        {
            var value = ValueOf(property, "0", depth);
            if (value == "0")
            {
                fields.Add((prefix + property.Name, Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType));
            }
            else if (value?.Length == 0)
            {
                Collect(StatusJsonContext.Default.GetTypeInfo(property.PropertyType)!, prefix + property.Name + ".", fields, depth + 1);
            }
        }
    }
}
