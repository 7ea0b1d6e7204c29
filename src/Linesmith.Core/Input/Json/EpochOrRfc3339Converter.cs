using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Input.Json;

/// <summary>
/// <c>rate_limits.*.resets_at</c>: Unix seconds per the contract (early write-ups said ISO 8601, so
/// an RFC 3339 string is read too). Numbers above 10^11 are taken as milliseconds: as seconds they
/// would lie past the year 5000.
/// </summary>
internal sealed class EpochOrRfc3339Converter : OptionalValueConverter<DateTimeOffset>
{
    private const double MillisecondsThreshold = 1e11;
    private static readonly double MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public override DateTimeOffset? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out var number) && double.IsFinite(number))
        {
            var seconds = number > MillisecondsThreshold ? number / 1000 : number;
            return seconds >= 0 && seconds <= MaxSeconds
                ? DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond))
                : null;
        }

        if (reader.TokenType == JsonTokenType.String && Rfc3339.TryParse(reader.GetString().AsSpan(), out var parsed))
        {
            return parsed;
        }

        return Absent(ref reader);
    }

    protected override void WriteValue(Utf8JsonWriter writer, DateTimeOffset value) => writer.WriteNumberValue(value.ToUnixTimeSeconds());
}
