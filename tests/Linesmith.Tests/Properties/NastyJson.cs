using System.Text;
using System.Text.RegularExpressions;
using CsCheck;

namespace Linesmith.Tests.Properties;

/// <summary>
/// Generators of hostile JSON for the parser properties: valid documents mutated the ways real input
/// goes wrong (truncated, a value of the wrong type, a number no type can hold, duplicate keys, stray
/// bytes, deep nesting, encodings), plus raw random bytes and random text.
/// </summary>
internal static partial class NastyJson
{
    /// <summary>Values that break naive parsers: out-of-range numbers, non-numbers, wrong types, escapes.</summary>
    public static readonly string[] Values =
    [
        "1e400", "-1e400", "NaN", "Infinity", "-Infinity", "\"NaN\"", "99999999999999999999999999999999", "-9223372036854775809",
        "9223372036854775807", "-0", "0.0000000000000000000001", "1.7976931348623157e309", "-1", "101", "1e-400",
        "null", "true", "false", "\"\"", "\"text\"", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":[]}}",
        "\"2026-13-45T99:99:99Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "-62135596801", "253402300800",
        "\"\\u001b[31mred\\u001b[0m\"", "\"\\u0000\"", "\"\\ud800\"", "\"\\u202e\"", "\"a\\nb\\rc\\td\"", "\"\\u0007\\u009b2J\"",
        "\"" + new string('x', 5000) + "\"",
    ];

    private static readonly string[] Splices = ["\0", "\uFEFF", "\u00FF", ",", "}", "]", "{", "[", "\"", ":", "\\", "//", "/*"];

    /// <summary>A mutation of <paramref name="document"/>, chosen and placed by the generated numbers.</summary>
    public static Gen<byte[]> Mutations(string document) =>
        Gen.Select(Gen.Int[0, 9], Gen.Int[1, 6], Gen.Int[0, int.MaxValue], (kind, count, seed) => Mutate(document, kind, count, new Random(seed)));

    /// <summary>Raw bytes, random text, and mutations of each of <paramref name="documents"/>.</summary>
    public static Gen<byte[]> Any(params string[] documents) => Gen.Frequency(
        [(1, Gen.Byte.Array[0, 200]), (1, Gen.String.Select(s => Encoding.UTF8.GetBytes(s))), .. documents.Select(d => (6, Mutations(d)))]);

    private static byte[] Mutate(string document, int kind, int count, Random random)
    {
        switch (kind)
        {
            case 0:
                return Encoding.UTF8.GetBytes(document[..random.Next(document.Length)]);
            case 1:
                return Encoding.Unicode.GetBytes(document);
            case 2:
                return Encoding.UTF8.GetBytes(new string('[', 64 * count) + document + new string(']', 64 * count));
            case 3:
                var at = random.Next(document.Length);
                return Encoding.UTF8.GetBytes(document[..at] + Splices[random.Next(Splices.Length)] + document[at..]);
            case 4:
                // Duplicate keys: every object also starts with a copy of a key from the document, of the wrong type.
                var key = KeyPattern().Matches(document) is { Count: > 0 } keys ? keys[random.Next(keys.Count)].Value : "\"k\":";
                return Encoding.UTF8.GetBytes(document.Replace("{", "{" + key + Values[random.Next(Values.Length)] + ",", StringComparison.Ordinal));
            default:
                var text = document;
                for (var i = 0; i < count; i++)
                {
                    var scalars = ScalarPattern().Matches(text);
                    if (scalars.Count == 0)
                    {
                        break;
                    }

                    var target = scalars[random.Next(scalars.Count)].Groups[1];
                    text = text[..target.Index] + Values[random.Next(Values.Length)] + text[(target.Index + target.Length)..];
                }

                return Encoding.UTF8.GetBytes(text);
        }
    }

    [GeneratedRegex("\"[a-z_]+\"\\s*:")]
    private static partial Regex KeyPattern();

    // A value after a colon: a string, number, literal, or an empty/simple container.
    [GeneratedRegex(":\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|-?[0-9][0-9.eE+-]*|true|false|null|\\[\\]|\\{\\})")]
    private static partial Regex ScalarPattern();
}
