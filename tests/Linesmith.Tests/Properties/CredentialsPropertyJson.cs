using System.Text.Json.Serialization;

namespace Linesmith.Tests.Properties;

/// <summary>Writes a JSON string literal for the credentials round-trip property.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CredentialsPropertyJson : JsonSerializerContext;
