using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// <c>limits</c> as the cache stores it: read with the same per-item tolerance as the wire (a cache
/// written by a newer or foreign writer loses only the odd entry), written in normalized form.
/// </summary>
internal sealed class CachedLimitsConverter : JsonConverter<CachedLimits>
{
    public override CachedLimits? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LimitsJson.Read(ref reader, warnings: null) is { } items ? new CachedLimits(items) : null;

    public override void Write(Utf8JsonWriter writer, CachedLimits value, JsonSerializerOptions options) =>
        LimitsJson.Write(writer, value.Items);
}
