using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Input.Json;

/// <summary>Every string of the payload: a value of any other type is skipped and reads as null.</summary>
internal sealed class LenientStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.String(ref reader);

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
