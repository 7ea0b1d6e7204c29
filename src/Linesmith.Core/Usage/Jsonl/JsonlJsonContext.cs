using System.Text.Json.Serialization;

namespace Linesmith.Usage.Jsonl;

/// <summary>Source-generated JSON for the transcript boundary (docs/style.md habit 5).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JsonlRecord))]
internal sealed partial class JsonlJsonContext : JsonSerializerContext;
