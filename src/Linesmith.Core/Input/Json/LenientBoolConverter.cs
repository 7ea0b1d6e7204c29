using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Input.Json;

/// <summary>Every boolean of the payload: <c>true</c>/<c>false</c>, anything else reads as null.</summary>
internal sealed class LenientBoolConverter : OptionalValueConverter<bool>
{
    public override bool? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.Bool(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);
}
