using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// One rate-limit window of the usage endpoint (<c>five_hour</c>, <c>seven_day</c>, …):
/// <c>utilization</c> is required and clamped to 0..100, <c>resets_at</c> may be null
/// (docs/spec/usage-endpoint.md#response). The same shape is stored in the cache.
/// </summary>
internal sealed record UsageBucket(float Utilization, DateTimeOffset? ResetsAt = null)
{
    // For the JSON reader only (see CachedUsage).
    [JsonConstructor]
    public UsageBucket()
        : this(0f)
    {
    }

    [JsonRequired]
    public float Utilization { get; set; } = Utilization;

    public DateTimeOffset? ResetsAt { get; set; } = ResetsAt;
}
