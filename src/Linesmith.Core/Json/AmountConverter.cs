using System.Text.Json;

namespace Linesmith.Json;

/// <summary>
/// Every <see cref="double"/> in the usage shapes is an amount (<c>monthly_limit</c>,
/// <c>used_credits</c>): a finite JSON number read as is and written with serde's float formatting.
/// An amount outside 0..<see cref="MaxAmount"/> (negative, or a trillion) is read as absent
/// (docs/guarantees.md): the segment then falls back as for a missing amount instead of printing a 300-digit sum;
/// a value that is not a number still fails the document.
/// </summary>
internal sealed class AmountConverter : OptionalValueConverter<double>
{
    /// <summary>Ten billion dollars in cents: beyond any real credit limit, far below where digits stop meaning anything.</summary>
    public const double MaxAmount = 1e12;

    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            throw new JsonException("expected a finite number");
        }

        return value is >= 0 and <= MaxAmount ? value : null;
    }

    protected override void WriteValue(Utf8JsonWriter writer, double value) => RustFloat.Write(writer, value);
}
