using System.Text;
using System.Text.Json;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Schema;

/// <summary>
/// The JSON Schema of <c>config.toml</c> (schema/config.schema.json; docs/adr/0024-config-schema-generated-and-written-beside-the-config.md),
/// generated from what the readers read: the segment table's rows and options (<see cref="SegmentSchema"/>),
/// the choices and ranges of <see cref="LayoutOptions"/>, <see cref="UsageOptions"/> and <see cref="LineParser"/>,
/// the built-in themes and the roles. Tables are closed where the reader warns about unknown keys, which is
/// everywhere; a value the schema refuses is one the reader warns about (<c>ConfigSchemaTests</c>). Never on
/// the render path: only <c>linesmith config schema</c>, <c>init</c> and <c>presets apply</c> call it.
/// </summary>
internal static class ConfigSchema
{
    /// <summary>What the file says it is; a file without it beside a config is not replaced (<see cref="SchemaFile"/>).</summary>
    public const string Title = "linesmith config.toml";

    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, SchemaWriter.Options))
        {
            var writer = new SchemaWriter(json);
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-04/schema#");
            json.WriteString("title", Title);
            json.WriteString("description", "linesmith's config.toml (README.md#configuration). Generated from the segment table and the config readers by 'linesmith config schema'; do not edit.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WritePropertyName("properties");
            json.WriteStartObject();
            writer.Text("theme", "a built-in theme (" + string.Join(", ", BuiltInThemes.All.Select(theme => theme.Name)) + ") or a user theme, <config dir>/themes/<name>.toml; LINESMITH_THEME wins", LinesmithConfig.DefaultTheme);
            writer.Anything("preset", "the preset the file was written from (init, presets apply); not used for the line");
            writer.Anything("layout", "accepted from the original's configs and not used: the lines are [line] or [line.N]");
            WriteLine(writer);
            WriteLayoutOptions(writer);
            WriteStyle(writer);
            WriteUsage(writer);
            writer.BeginTable("editor", "linesmith config, the interactive editor");
            writer.Boolean("keep_payload", "a render keeps the payload it read (last-payload.json in the cache directory) for the editor's preview", false);
            writer.EndTable();
            SegmentSchema.Write(writer);
            json.WriteEndObject();
            WriteDefinitions(writer);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteLine(SchemaWriter writer)
    {
        var json = writer.Json;
        json.WritePropertyName("line");
        json.WriteStartObject();
        json.WriteString("description", "one line as [line] segments = [...], or several as [line.1] … [line." + LineParser.MaxLines + "], each with its own segments; none: the default line");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        writer.Reference("segments", "segments");
        for (var number = 1; number <= LineParser.MaxLines; number++)
        {
            writer.Reference(number.ToString(System.Globalization.CultureInfo.InvariantCulture), "line");
        }

        json.WriteEndObject();

        // [line] segments is one line: numbered tables beside it are not read (the reader warns about them).
        json.WritePropertyName("anyOf");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WritePropertyName("not");
        json.WriteStartObject();
        json.WritePropertyName("required");
        json.WriteStartArray();
        json.WriteStringValue("segments");
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteNumber("maxProperties", 1);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLayoutOptions(SchemaWriter writer)
    {
        writer.BeginTable("layout_options", "the look of the line");
        writer.Text("separator", "what goes between two segments: " + string.Join(" or ", LayoutOptions.SeparatorWords.Select(word => "\"" + word + "\"")) + " or any text", LayoutOptions.DefaultSeparator);
        foreach (var choice in LayoutOptions.Choices)
        {
            writer.Choice(choice.Key, choice.Description, choice.Names, choice.DefaultName);
        }

        writer.Integer("claude_padding", "statusLine.padding of Claude Code's settings.json: the line fits COLUMNS - 4 - 2 x padding cells", 0, 0, LayoutOptions.MaxClaudePadding);
        writer.Integer("powerline_width", "the cells a powerline arrow or capsule cap takes in the font: 2 for fonts that draw it wide", LayoutOptions.MinPowerlineWidth, LayoutOptions.MinPowerlineWidth, LayoutOptions.MaxPowerlineWidth);
        var json = writer.Json;
        json.WritePropertyName("link_segments");
        json.WriteStartObject();
        json.WriteString("description", "segments linked (OSC 8) to their natural target: " + string.Join(", ", SegmentLinks.Ids));
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        json.WriteStartObject();
        json.WriteString("type", "string");
        writer.Enum(SegmentLinks.Ids);
        json.WriteEndObject();
        json.WriteEndObject();
        writer.EndTable();
    }

    private static void WriteStyle(SchemaWriter writer)
    {
        writer.BeginTable("style", "colours per segment, [style.<id>]: its text in the plain style, its block in powerline and capsule");
        foreach (var row in SegmentTable.Rows)
        {
            writer.Reference(row.Id, "colors");
        }

        writer.EndTable();
    }

    private static void WriteUsage(SchemaWriter writer)
    {
        writer.BeginTable("usage", "the usage endpoint and its cache, for the rate-limit segments; environment variables win (docs/spec/config.md)");
        writer.Integer("cache_duration", "seconds usage.json is fresh, and the back-off after a success", UsageOptions.DefaultCacheDurationSeconds, 0, UsageOptions.MaxCacheDurationSeconds);
        writer.Integer("stale_after", "seconds after which usage data carries the stale marker", UsageOptions.DefaultStaleAfterSeconds, UsageOptions.MinStaleAfterSeconds, UsageOptions.MaxStaleAfterSeconds);
        writer.Text("api_base_url", "scheme, host and port of the usage endpoint (https); unset: https://api.anthropic.com", null);
        writer.Number("timeout", "seconds one request may take", UsageOptions.DefaultTimeoutSeconds, UsageOptions.MinTimeoutSeconds, UsageOptions.MaxTimeoutSeconds);
        writer.Text("user_agent", "the User-Agent of the request; unset: linesmith/<version>", null);
        writer.EndTable();
    }

    private static void WriteDefinitions(SchemaWriter writer)
    {
        var json = writer.Json;
        json.WritePropertyName("definitions");
        json.WriteStartObject();

        json.WritePropertyName("segments");
        json.WriteStartObject();
        json.WriteString("description", "the line's items in order: segment ids, { type = \"separator\", character = \"...\" } or { type = \"flex\" }");
        json.WriteString("type", "array");
        json.WritePropertyName("items");
        json.WriteStartObject();
        json.WritePropertyName("anyOf");
        json.WriteStartArray();
        json.WriteStartObject();
        json.WriteString("type", "string");
        writer.Enum(SegmentTable.Rows.Select(row => row.Id));
        json.WriteEndObject();
        InlineItem(writer, ["separator"], "a literal separator in place of the default one at this place", withCharacter: true);
        InlineItem(writer, ["flex"], "pushes the rest of the line to its right edge", withCharacter: false);
        InlineItem(writer, SegmentTable.Rows.Select(row => row.Id), "a segment, as its id", withCharacter: false);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        writer.BeginTable("line", "one line of several");
        writer.Reference("segments", "segments");
        writer.EndTable();
        SegmentSchema.WriteDefinitions(writer);

        json.WritePropertyName("colors");
        json.WriteStartObject();
        json.WriteString("description", "the segment's colours: #rrggbb or a role (" + string.Join(", ", Segments.Options.StyleOption.Roles) + ")");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        writer.Text("fg", "foreground", null, pattern: SegmentSchema.ColorPattern);
        writer.Text("bg", "background", null, pattern: SegmentSchema.ColorPattern);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteEndObject();
    }

    private static void InlineItem(SchemaWriter writer, IEnumerable<string> types, string description, bool withCharacter)
    {
        var json = writer.Json;
        json.WriteStartObject();
        json.WriteString("description", description);
        json.WriteString("type", "object");
        json.WritePropertyName("required");
        json.WriteStartArray();
        json.WriteStringValue("type");
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WritePropertyName("properties");
        json.WriteStartObject();
        json.WritePropertyName("type");
        json.WriteStartObject();
        json.WriteString("type", "string");
        writer.Enum(types);
        json.WriteEndObject();
        if (withCharacter)
        {
            writer.Text("character", "the text put here", LineParser.DefaultSeparatorCharacter);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
