using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>prompt_cache</c> (Claude Code 2.1.332, after the first response): whether the prompt cache is
/// <c>warm</c>, its <c>ttl</c> (<c>5m</c>, <c>1h</c>), when it <c>expires_at</c> (Unix seconds) and the
/// share of input tokens read from it (<c>hit_ratio</c>, 0..1). The other fields it sends (requests,
/// misses, rebuild counts and causes) are not read.
/// </summary>
internal sealed record PromptCacheInfo
{
    public bool? Warm { get; set; }

    public string? Ttl { get; set; }

    [JsonConverter(typeof(EpochOrRfc3339Converter))]
    public DateTimeOffset? ExpiresAt { get; set; }

    public double? HitRatio { get; set; }
}
