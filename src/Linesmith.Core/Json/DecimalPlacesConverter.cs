using System.Text.Json;

namespace Linesmith.Json;

/// <summary>
/// <c>extra_usage.decimal_places</c>: how many minor digits the currency has (2 for USD and EUR, 0
/// for JPY; docs/spec/usage-endpoint.md#money). A whole number from 0 to <see cref="Max"/>
/// is read as is; anything else (a fraction, a string, a negative or absurd count) is read as absent,
/// so the amount is scaled by the default 2 rather than failing the whole response (issue 12 item 3,
/// ranges as in <see cref="AmountConverter"/>).
/// </summary>
internal sealed class DecimalPlacesConverter : OptionalValueConverter<int>
{
    /// <summary>ISO 4217's largest minor unit exponent (CLF, UYW).</summary>
    public const int Max = 4;

    public override int? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var places) && places is >= 0 and <= Max)
        {
            return places;
        }

        return Absent(ref reader);
    }

    protected override void WriteValue(Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);
}
