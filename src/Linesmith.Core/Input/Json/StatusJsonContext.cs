using System.Text.Json.Serialization;
using Linesmith.Input.Payload;

namespace Linesmith.Input.Json;

/// <summary>
/// Source-generated JSON for the stdin payload. The lenient converters registered here make every
/// string, number and boolean tolerant of the wrong type; nested objects get theirs per property.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(LenientStringConverter), typeof(LenientNumberConverter), typeof(LenientBoolConverter)])]
[JsonSerializable(typeof(StatusPayload))]
internal sealed partial class StatusJsonContext : JsonSerializerContext;
