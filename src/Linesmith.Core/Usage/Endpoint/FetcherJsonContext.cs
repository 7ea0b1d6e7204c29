using System.Text.Json.Serialization;

namespace Linesmith.Usage.Endpoint;

/// <summary>Source-generated JSON for the two messages between <c>linesmith</c> and <c>linesmith-fetch</c> (docs/spec/fetcher.md; docs/style.md habit 5).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(FetcherRequest))]
[JsonSerializable(typeof(FetcherReply))]
internal sealed partial class FetcherJsonContext : JsonSerializerContext;
