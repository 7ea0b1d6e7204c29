using System.Text.Json.Serialization;
using Linesmith.Json;

namespace Linesmith.Usage.Cache;

/// <summary>
/// Source-generated JSON for <c>usage.json</c> and <c>usage.lock</c>. Nulls are written explicitly
/// (the default), except the lock's <c>error</c>, which its own attribute omits.
/// </summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata,
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    Converters = [typeof(TimestampConverter), typeof(PercentConverter), typeof(AmountConverter)])]
[JsonSerializable(typeof(CachedUsage))]
[JsonSerializable(typeof(CachedData))]
[JsonSerializable(typeof(LockFile))]
[JsonSerializable(typeof(CacheReport))]
internal sealed partial class CacheJsonContext : JsonSerializerContext;
