using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Linesmith.Input.Json;

/// <summary>
/// A nested payload object that may arrive as something else: an object is read with its
/// source-generated metadata, any other value is skipped and reads as null, so one odd field
/// never costs the line.
/// </summary>
internal abstract class LenientObjectConverter<T> : JsonConverter<T>
    where T : class
{
    protected abstract JsonTypeInfo<T> TypeInfo { get; }

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return JsonSerializer.Deserialize(ref reader, TypeInfo);
        }

        reader.Skip();
        return null;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, TypeInfo);
}
