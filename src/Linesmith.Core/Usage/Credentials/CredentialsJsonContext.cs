using System.Text.Json.Serialization;

namespace Linesmith.Usage.Credentials;

/// <summary>Source-generated JSON for the credentials boundary (docs/style.md habit 5).</summary>
[JsonSourceGenerationOptions(
    GenerationMode = JsonSourceGenerationMode.Metadata, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(CredentialsDocument))]
internal sealed partial class CredentialsJsonContext : JsonSerializerContext;
