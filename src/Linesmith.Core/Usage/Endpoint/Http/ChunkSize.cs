using System.Globalization;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The size line of one chunk (RFC 9112 §7.1): hex digits, optionally followed by whitespace and
/// <c>;extensions</c>, which are ignored.
/// </summary>
internal static class ChunkSize
{
    /// <summary>Longer size lines are refused: the digits need 16 bytes; extensions are rarely sent at all.</summary>
    public const int MaxLineLength = 4 * 1024;

    public static bool TryParse(string line, out long size)
    {
        size = 0;
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        var digits = (semicolon < 0 ? line : line[..semicolon]).TrimEnd(' ', '\t');
        // More than 15 hex digits cannot be a real size and would overflow a long.
        return digits.Length is > 0 and <= 15
            && digits.All(char.IsAsciiHexDigit)
            && long.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out size);
    }
}
