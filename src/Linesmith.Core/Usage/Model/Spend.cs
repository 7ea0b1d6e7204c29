using System.Text.Json;
using Linesmith.Json;

namespace Linesmith.Usage.Model;

/// <summary>
/// The endpoint's newer top-level <c>spend</c> object (docs/spec/usage-endpoint.md#money:
/// <c>{"used": {"amount_minor": N, "currency": "USD", "exponent": 2}, "limit": null or {...}, ...}</c>).
/// It is not one of the known buckets, so the cache keeps it raw under <c>unknown_buckets</c> exactly
/// as both programs already do, and it is read from there. <c>enabled</c>, when sent, gates it.
/// </summary>
internal sealed record Spend(bool? Enabled, SpendAmount Used, SpendAmount? Limit)
{
    public const string Key = "spend";

    /// <summary>
    /// The <c>spend</c> among <paramref name="unknownBuckets"/>, or null when it is absent or unusable: no
    /// <c>used</c> amount that <see cref="SpendAmount.From"/> accepts. An unusable <c>limit</c> reads
    /// as no cap. Never throws, whatever the element holds.
    /// </summary>
    public static Spend? From(IReadOnlyDictionary<string, JsonElement> unknownBuckets)
    {
        if (!unknownBuckets.TryGetValue(Key, out var element) || element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!element.TryGetProperty("used", out var used) || SpendAmount.From(used) is not { } usedAmount)
        {
            return null;
        }

        var limit = element.TryGetProperty("limit", out var limitElement) ? SpendAmount.From(limitElement) : null;
        bool? enabled = element.TryGetProperty("enabled", out var flag) && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : null;
        return new Spend(enabled, usedAmount, limit);
    }
}

/// <summary>One amount of <see cref="Spend"/>: minor units, an ISO 4217 code and the exponent.</summary>
internal sealed record SpendAmount(double Minor, string Currency, int Exponent)
{
    /// <summary>
    /// An object with <c>amount_minor</c> (0 to <see cref="AmountConverter.MaxAmount"/>), <c>currency</c>
    /// (three letters A-Z, so nothing but a code reaches the line) and <c>exponent</c> (0 to
    /// <see cref="DecimalPlacesConverter.Max"/>; required here, as other readers of the shape require
    /// it); else null.
    /// </summary>
    public static SpendAmount? From(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty("amount_minor", out var amount) || amount.ValueKind != JsonValueKind.Number
            || !amount.TryGetDouble(out var minor) || !double.IsFinite(minor) || minor is < 0 or > AmountConverter.MaxAmount
            || !element.TryGetProperty("exponent", out var exponentElement) || exponentElement.ValueKind != JsonValueKind.Number
            || !exponentElement.TryGetInt32(out var exponent) || exponent is < 0 or > DecimalPlacesConverter.Max
            || !element.TryGetProperty("currency", out var currencyElement) || currencyElement.ValueKind != JsonValueKind.String
            || currencyElement.GetString() is not { } currency || !IsCode(currency))
        {
            return null;
        }

        return new SpendAmount(minor, currency, exponent);
    }

    public string Format() => Money.Format(Minor, Exponent, Currency);

    private static bool IsCode(string text) => text.Length == 3 && text.All(c => c is >= 'A' and <= 'Z');
}
