using System.Globalization;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// Remaining overage credits (docs/spec/rate-limit-segments.md <c>extra_usage</c>, docs/spec/edge-cases.md item 64): two decimals,
/// <c>$12.50</c> for USD or no currency, otherwise the ISO code and a space (<c>EUR 12.50</c>).
/// </summary>
internal static class CurrencyAmount
{
    public static string Format(double amount, string? currency)
    {
        var number = amount.ToString("F2", CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(currency) || string.Equals(currency, "USD", StringComparison.Ordinal)
            ? "$" + number
            : currency + " " + number;
    }

    /// <summary><c>limit − used</c>, never below zero (more used than the limit shows <c>$0.00</c>).</summary>
    public static double Remaining(double monthlyLimit, double usedCredits) => Math.Max(monthlyLimit - usedCredits, 0);
}
