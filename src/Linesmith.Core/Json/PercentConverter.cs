using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Json;

/// <summary>
/// Every <see cref="float"/> in the usage shapes is a percentage (bucket and extra-usage
/// <c>utilization</c>, limit <c>percent</c>), so this converter is registered for the type as a
/// whole: it accepts only JSON numbers, clamps them to 0..100 (docs/spec/usage-endpoint.md#response: 150.5 → 100,
/// −5 → 0) and writes them with serde's float formatting. A string, <c>true</c> or a nested value
/// fails the document.
/// </summary>
internal sealed class PercentConverter : JsonConverter<float>
{
    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new JsonException("expected a finite number");
        }

        return Clamp(value);
    }

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) => RustFloat.Write(writer, value);

    public static float Clamp(double value) => (float)Math.Clamp(value, 0.0, 100.0);
}
