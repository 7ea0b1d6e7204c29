using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// Overage credits (<c>extra_usage</c>, docs/spec/usage-endpoint.md#response): every field optional. The cache
/// writes all five keys, with <c>null</c> where absent (docs/spec/on-disk-formats.md#usagejson).
/// </summary>
internal sealed record ExtraUsage(
    bool? IsEnabled = null,
    float? Utilization = null,
    double? MonthlyLimit = null,
    double? UsedCredits = null,
    string? Currency = null)
{
    // For the JSON reader only (see CachedUsage).
    [JsonConstructor]
    public ExtraUsage()
        : this(IsEnabled: null)
    {
    }

    public bool? IsEnabled { get; set; } = IsEnabled;

    public float? Utilization { get; set; } = Utilization;

    public double? MonthlyLimit { get; set; } = MonthlyLimit;

    public double? UsedCredits { get; set; } = UsedCredits;

    public string? Currency { get; set; } = Currency;
}
