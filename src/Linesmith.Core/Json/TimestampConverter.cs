using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Json;

/// <summary>
/// Reads and writes every <see cref="DateTimeOffset"/> of the cache and endpoint shapes as RFC 3339
/// (see <see cref="Rfc3339"/>). A malformed timestamp fails the document, as it does in the
/// original: a cache that cannot be read is a miss, an endpoint body that cannot be read is a
/// ParseError.
/// </summary>
internal sealed class TimestampConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected an RFC 3339 timestamp string");
        }

        var parsed = reader.HasValueSequence || reader.ValueIsEscaped
            ? Rfc3339.TryParse(reader.GetString().AsSpan(), out var value)
            : Rfc3339.TryParse(reader.ValueSpan, out value);
        return parsed ? value : throw new JsonException("not an RFC 3339 timestamp");
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        Span<char> buffer = stackalloc char[Rfc3339.MaxFormattedLength];
        writer.WriteStringValue(buffer[..Rfc3339.Format(value, buffer)]);
    }
}
