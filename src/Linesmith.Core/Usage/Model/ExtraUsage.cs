using System.Text.Json.Serialization;

namespace Linesmith.Usage.Model;

/// <summary>
/// Overage credits (<c>extra_usage</c>, usage-cache.md §3.2): every field optional. The cache
/// writes all five keys, with <c>null</c> where absent (§1.2).
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
