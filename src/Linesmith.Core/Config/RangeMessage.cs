using System.Globalization;

namespace Linesmith.Config;

/// <summary>
/// The one message every range-checked number from outside gets when it is refused (docs/spec/config.md#reading),
/// whether it came from the config file, the environment or a segment option:
/// <c>expected an integer from 1 to 100, found 2147483647; using 10</c>. The reader then uses what the
/// message says instead, so a number can never crash a run or empty the line.
/// </summary>
internal static class RangeMessage
{
    /// <summary>Outside text longer than this is cut in a message: a 100 KB variable must not fill the log.</summary>
    private const int MaxQuotedLength = 32;

    public static string Integer(long min, long max, string found, string instead) =>
        string.Create(CultureInfo.InvariantCulture, $"expected an integer from {min} to {max}, found {found}; {instead}");

    public static string Number(double min, double max, string found, string instead) =>
        string.Create(CultureInfo.InvariantCulture, $"expected a number from {min:R} to {max:R}, found {found}; {instead}");

    /// <summary>What a TOML value is, for "found …": the number itself, or its type.</summary>
    public static string Describe(object value) => value switch
    {
        long integer => integer.ToString(CultureInfo.InvariantCulture),
        double number => Format(number) + " (a float)",
        _ => TypeName(value),
    };

    /// <summary>The TOML type of a value: "a string", "an integer", "a float", …</summary>
    public static string TypeName(object value) => value switch
    {
        string => "a string",
        long => "an integer",
        double => "a float",
        bool => "a boolean",
        IReadOnlyDictionary<string, object?> => "a table",
        IReadOnlyList<object?> => "an array",
        _ => "a date/time",
    };

    /// <summary>Text from the environment, quoted and cut, for "found …".</summary>
    public static string Quote(string text)
    {
        var shown = text.Length > MaxQuotedLength ? text[..MaxQuotedLength] + "…" : text;
        return "\"" + shown + "\"";
    }

    /// <summary>A float as TOML writes it: <c>1000.0</c>, <c>0.5</c>, <c>nan</c>, <c>inf</c>, <c>-inf</c>.</summary>
    public static string Format(double number)
    {
        if (double.IsNaN(number))
        {
            return "nan";
        }

        if (double.IsInfinity(number))
        {
            return number > 0 ? "inf" : "-inf";
        }

        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return text.AsSpan().IndexOfAny(".E") >= 0 ? text : text + ".0";
    }
}
