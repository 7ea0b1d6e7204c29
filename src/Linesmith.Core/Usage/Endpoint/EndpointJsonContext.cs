using System.Text.Json.Serialization;
using Linesmith.Json;

namespace Linesmith.Usage.Endpoint;

/// <summary>Source-generated JSON for the usage endpoint's body (docs/style.md habit 5: one context per boundary).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(TimestampConverter), typeof(PercentConverter), typeof(AmountConverter)])]
[JsonSerializable(typeof(UsageApiResponse))]
internal sealed partial class EndpointJsonContext : JsonSerializerContext;
