using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Input.Json;

/// <summary>
/// A value that is an object holding one interesting string field, or that string bare:
/// <c>"effort": {"level": "high"}</c> and <c>"effort": "high"</c> both read as <c>high</c>.
/// Anything else reads as null.
/// </summary>
internal abstract class StringFieldConverter : JsonConverter<string>
{
    protected abstract string FieldName { get; }

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.StringField(ref reader, FieldName);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(FieldName, value);
        writer.WriteEndObject();
    }
}

/// <summary><c>effort</c>: <c>{"level": ...}</c> or a bare string.</summary>
internal sealed class EffortConverter : StringFieldConverter
{
    protected override string FieldName => "level";
}

/// <summary><c>output_style</c>, <c>agent</c>: <c>{"name": ...}</c> or a bare string.</summary>
internal sealed class NameObjectConverter : StringFieldConverter
{
    protected override string FieldName => "name";
}

/// <summary><c>vim</c>: <c>{"mode": ...}</c> or a bare string.</summary>
internal sealed class ModeObjectConverter : StringFieldConverter
{
    protected override string FieldName => "mode";
}
