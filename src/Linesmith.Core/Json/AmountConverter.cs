using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Json;

/// <summary>
/// Every <see cref="double"/> in the usage shapes is an amount (<c>monthly_limit</c>,
/// <c>used_credits</c>): a finite JSON number read as is and written with serde's float formatting.
/// </summary>
internal sealed class AmountConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new JsonException("expected a finite number");
        }

        return value;
    }

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => RustFloat.Write(writer, value);
}
