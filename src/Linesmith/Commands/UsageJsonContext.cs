using System.Text.Json.Serialization;
using Linesmith.Json;

namespace Linesmith.Commands;

/// <summary>Source-generated JSON for <c>usage --json</c> (docs/style.md habit 5: one context per boundary).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    Converters = [typeof(TimestampConverter), typeof(PercentConverter), typeof(AmountConverter)])]
[JsonSerializable(typeof(UsageReport))]
internal sealed partial class UsageJsonContext : JsonSerializerContext;
