using System.Text.Encodings.Web;
using System.Text.Json;

namespace Linesmith.Schema;

/// <summary>
/// Writes JSON Schema draft 4, the newest draft Taplo (Even Better TOML) reads, through a
/// <see cref="Utf8JsonWriter"/>: no reflection, so the generator stays free of trimming and AOT warnings.
/// One method per kind of TOML value the config readers take; each writes one property's schema.
/// </summary>
internal sealed class SchemaWriter(Utf8JsonWriter json)
{
    public static JsonWriterOptions Options { get; } = new()
    {
        Indented = true,
        NewLine = "\n",
        // The defaults and descriptions hold "·", "█" and "~": kept readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public Utf8JsonWriter Json { get; } = json;

    /// <summary>Opens a table: an object that refuses keys it does not list when <paramref name="closed"/> (the reader warns about them).</summary>
    public void BeginTable(string? name, string description, bool closed = true)
    {
        if (name is not null)
        {
            Json.WritePropertyName(name);
        }

        Json.WriteStartObject();
        Json.WriteString("description", description);
        Json.WriteString("type", "object");
        if (closed)
        {
            Json.WriteBoolean("additionalProperties", false);
        }

        Json.WritePropertyName("properties");
        Json.WriteStartObject();
    }

    /// <summary>Closes the <c>properties</c> and the table <see cref="BeginTable"/> opened.</summary>
    public void EndTable()
    {
        Json.WriteEndObject();
        Json.WriteEndObject();
    }

    public void Boolean(string name, string description, bool fallback)
    {
        Begin(name, description, "boolean");
        Json.WriteBoolean("default", fallback);
        Json.WriteEndObject();
    }

    public void Integer(string name, string description, long fallback, long min, long max) =>
        Range(name, description, "integer", fallback, min, max);

    public void Number(string name, string description, double fallback, double min, double max) =>
        Range(name, description, "number", fallback, min, max);

    /// <summary>A string; <paramref name="fallback"/> null when unset means something no string says.</summary>
    public void Text(string name, string description, string? fallback, int? minLength = null, int? maxLength = null, string? pattern = null)
    {
        Begin(name, description, "string");
        if (fallback is not null)
        {
            Json.WriteString("default", fallback);
        }

        if (minLength is { } min)
        {
            Json.WriteNumber("minLength", min);
        }

        if (maxLength is { } max)
        {
            Json.WriteNumber("maxLength", max);
        }

        if (pattern is not null)
        {
            Json.WriteString("pattern", pattern);
        }

        Json.WriteEndObject();
    }

    /// <summary>A string that is one of <paramref name="names"/>: what an editor offers to complete.</summary>
    public void Choice(string name, string description, IReadOnlyList<string> names, string? fallback)
    {
        Begin(name, description, "string");
        if (fallback is not null)
        {
            Json.WriteString("default", fallback);
        }

        Enum(names);
        Json.WriteEndObject();
    }

    /// <summary>Any value: a key the reader accepts and does not use (<c>preset</c>, <c>layout</c>).</summary>
    public void Anything(string name, string description)
    {
        Json.WritePropertyName(name);
        Json.WriteStartObject();
        Json.WriteString("description", description);
        Json.WriteEndObject();
    }

    public void Enum(IEnumerable<string> names)
    {
        Json.WritePropertyName("enum");
        Json.WriteStartArray();
        foreach (var name in names)
        {
            Json.WriteStringValue(name);
        }

        Json.WriteEndArray();
    }

    public void Reference(string name, string definition)
    {
        Json.WritePropertyName(name);
        Json.WriteStartObject();
        Json.WriteString("$ref", "#/definitions/" + definition);
        Json.WriteEndObject();
    }

    /// <summary>
    /// A regular expression that matches <paramref name="word"/> in any case (<c>[aA][cC]…</c>): draft 4 patterns
    /// (ECMA 262) have no flags, and the readers take role names in any case.
    /// </summary>
    public static string AnyCase(string word)
    {
        var pattern = new System.Text.StringBuilder(word.Length * 4);
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c))
            {
                pattern.Append('[').Append(char.ToLowerInvariant(c)).Append(char.ToUpperInvariant(c)).Append(']');
            }
            else
            {
                pattern.Append(c);
            }
        }

        return pattern.ToString();
    }

    /// <summary>Several alternatives as one group: <c>(?:a|b)</c>.</summary>
    public static string OneOf(IEnumerable<string> alternatives) => "(?:" + string.Join("|", alternatives) + ")";

    // Every range in the config is far inside 2^53, so an integer is written exactly as a double.
    private void Range(string name, string description, string type, double fallback, double min, double max)
    {
        Begin(name, description, type);
        Json.WriteNumber("default", fallback);
        Json.WriteNumber("minimum", min);
        Json.WriteNumber("maximum", max);
        Json.WriteEndObject();
    }

    private void Begin(string name, string description, string type)
    {
        Json.WritePropertyName(name);
        Json.WriteStartObject();
        Json.WriteString("description", description);
        Json.WriteString("type", type);
    }
}
