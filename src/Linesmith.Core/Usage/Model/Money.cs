using System.Globalization;

namespace Linesmith.Usage.Model;

/// <summary>
/// An amount in minor units (cents) shown in major units: the endpoint's <c>used_credits</c> and
/// <c>monthly_limit</c> and the <c>spend</c> object's <c>amount_minor</c> are minor units
/// (docs/spec/usage-endpoint.md#money: <c>used_credits 763, monthly_limit 2000, EUR</c> is EUR 7.63
/// of 20.00). Divided by <c>10^exponent</c> and written with that many decimals: <c>$40.00</c> for USD
/// or no currency, else the ISO code and a space (<c>EUR 7.63</c>, <c>JPY 500</c>).
/// </summary>
internal static class Money
{
    /// <summary>The exponent when the endpoint does not send one: every currency it has been seen with has cents.</summary>
    public const int DefaultExponent = 2;

    private static readonly double[] Powers = [1, 10, 100, 1_000, 10_000];

    /// <summary><c>$40.00</c> or <c>EUR 40.00</c>.</summary>
    public static string Format(double minor, int exponent, string? currency)
    {
        var number = Number(minor, exponent);
        return IsDollars(currency) ? "$" + number : currency + " " + number;
    }

    /// <summary>The number alone, <c>40.00</c>.</summary>
    public static string Number(double minor, int exponent)
    {
        var places = Math.Clamp(exponent, 0, Powers.Length - 1);
        return (minor / Powers[places]).ToString("F" + places.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }

    /// <summary>The ISO code to name the currency by: USD when the endpoint sent none.</summary>
    public static string Code(string? currency) => string.IsNullOrEmpty(currency) ? "USD" : currency;

    private static bool IsDollars(string? currency) =>
        string.IsNullOrEmpty(currency) || string.Equals(currency, "USD", StringComparison.Ordinal);
}
