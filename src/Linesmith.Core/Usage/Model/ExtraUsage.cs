using System.Text.Json.Serialization;
using Linesmith.Json;

namespace Linesmith.Usage.Model;

/// <summary>
/// Overage credits (<c>extra_usage</c>, docs/spec/usage-endpoint.md#response): every field optional. The cache
/// writes the original five keys, with <c>null</c> where absent (docs/spec/on-disk-formats.md#usagejson), and <c>decimal_places</c> only
/// when the endpoint sent it, so a file without it is byte for byte the original program's. The
/// amounts are kept as the endpoint sent them, in minor units (cents; docs/spec/usage-endpoint.md#money,
/// docs/spec/decisions.md#d8-money-is-in-minor-units): <see cref="Money"/> scales them for display.
/// </summary>
internal sealed record ExtraUsage(
    bool? IsEnabled = null,
    float? Utilization = null,
    double? MonthlyLimit = null,
    double? UsedCredits = null,
    string? Currency = null,
    int? DecimalPlaces = null)
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

    [JsonConverter(typeof(DecimalPlacesConverter))]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DecimalPlaces { get; set; } = DecimalPlaces;

    /// <summary>The minor digits of <see cref="Currency"/>: <see cref="DecimalPlaces"/>, 2 when the endpoint did not say.</summary>
    [JsonIgnore]
    public int Exponent => DecimalPlaces ?? Money.DefaultExponent;
}
