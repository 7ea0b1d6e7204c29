using System.Text.Json.Serialization;

namespace Linesmith.Usage.Jsonl;

/// <summary>The fields of one transcript line that the fallback uses (docs/spec/jsonl-fallback.md).</summary>
internal sealed record JsonlRecord(
    string? Timestamp,
    JsonlMessage? Message,
    [property: JsonPropertyName("usageLimitResetTime")] string? UsageLimitResetTime);
