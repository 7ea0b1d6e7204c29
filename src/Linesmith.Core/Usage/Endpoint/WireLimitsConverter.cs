using System.Text.Json;
using System.Text.Json.Serialization;
using Linesmith.Usage.Model;

namespace Linesmith.Usage.Endpoint;

/// <summary>Reads the endpoint's <c>limits</c> with the per-item tolerant reader, keeping its warnings.</summary>
internal sealed class WireLimitsConverter : JsonConverter<WireLimits>
{
    public override WireLimits Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var warnings = new List<string>();
        var items = LimitsJson.Read(ref reader, warnings);
        return new WireLimits(items, warnings);
    }

    public override void Write(Utf8JsonWriter writer, WireLimits value, JsonSerializerOptions options)
    {
        if (value.Items is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            LimitsJson.Write(writer, value.Items);
        }
    }
}
