using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Input.Json;

/// <summary><c>rate_limits.*.resets_at</c> and the other time stamps (<see cref="PayloadValues.Time"/>).</summary>
internal sealed class EpochOrRfc3339Converter : OptionalValueConverter<DateTimeOffset>
{
    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => PayloadValues.Time(ref reader);

    protected override void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
