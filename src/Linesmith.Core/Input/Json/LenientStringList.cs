using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Input.Json;

/// <summary>An array of strings; non-string elements are dropped, a non-array reads as null.</summary>
internal sealed class LenientStringList : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.StringList(ref reader);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        foreach (var item in value)
        {
            writer.WriteStringValue(item);
        }

        writer.WriteEndArray();
    }
}
