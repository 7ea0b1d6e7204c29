using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Input.Json;

/// <summary>
/// Every number of the payload: a finite JSON number, else null (a string, an object, or a number
/// too large for a double such as <c>1e400</c>). Counts are read as doubles too, so that
/// <c>12.0</c> and <c>12</c> both work.
/// </summary>
internal sealed class LenientNumberConverter : OptionalValueConverter<double>
{
    public override double? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.Number(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);
}
