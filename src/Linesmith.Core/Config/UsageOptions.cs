namespace Linesmith.Config;

/// <summary>
/// <c>[usage]</c> as written in the config file (usage-cache.md §10, "Our decisions" 4); environment
/// overrides are applied by the usage settings that consume these values. Null means "not set".
/// </summary>
internal sealed record UsageOptions(long? CacheDurationSeconds, string? ApiBaseUrl, double? TimeoutSeconds, string? UserAgent)
{
    public static UsageOptions Unset { get; } = new(null, null, null, null);
}
