using System.Text.Json;
using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// <c>limits</c> as the cache stores it: read with the same per-item tolerance as the wire (a cache
/// written by a newer or foreign writer loses only the odd entry), written in normalized form.
/// </summary>
internal sealed class CachedLimitsConverter : JsonConverter<IReadOnlyList<UsageLimit>>
{
    public override IReadOnlyList<UsageLimit>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LimitsJson.Read(ref reader, warnings: null);

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<UsageLimit> value, JsonSerializerOptions options) =>
        LimitsJson.Write(writer, value);
}
