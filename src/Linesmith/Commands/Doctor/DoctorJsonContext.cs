using System.Text.Json.Serialization;

namespace Linesmith.Commands.Doctor;

/// <summary>Source-generated JSON for <c>doctor --json</c> (docs/style.md habit 5: one context per boundary).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(DoctorReport))]
internal sealed partial class DoctorJsonContext : JsonSerializerContext;
