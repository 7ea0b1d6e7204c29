using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Json;

/// <summary>
/// The shape every converter of an optional value shares: it sees JSON <c>null</c> itself
/// (<see cref="HandleNull"/>), writes an absent value as <c>null</c>, and a lenient one reads anything it
/// does not accept as absent (<see cref="Absent"/>) instead of failing the whole document. A subclass says
/// only what it reads and how a present value is written.
/// </summary>
internal abstract class OptionalValueConverter<T> : JsonConverter<T?>
    where T : struct
{
    public sealed override bool HandleNull => true;

    public sealed override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } present)
        {
            WriteValue(writer, present);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    protected abstract void WriteValue(Utf8JsonWriter writer, T value);

    /// <summary>Consumes the value the reader is on (a nested one whole; a scalar already is) and reads it as absent.</summary>
    protected static T? Absent(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}
