namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The header fields of one response (RFC 9112 §5), in order, names compared case-insensitively.
/// Values are Latin-1 strings (one char per byte), so a caller can tell non-ASCII bytes apart.
/// </summary>
internal sealed class HeaderBlock
{
    private readonly (string Name, string Value)[] _fields;

    private HeaderBlock((string Name, string Value)[] fields) => _fields = fields;

    public static HeaderBlock Empty { get; } = new([]);

    public int Count => _fields.Length;

    /// <summary>Every value of <paramref name="name"/>, in order.</summary>
    public IEnumerable<string> Values(string name)
    {
        foreach (var (fieldName, value) in _fields)
        {
            if (fieldName.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                yield return value;
            }
        }
    }

    /// <summary>The values of <paramref name="name"/> joined by ",", as a repeated field means (RFC 9110 §5.3); null when absent.</summary>
    public string? Joined(string name)
    {
        var values = Values(name).ToArray();
        return values.Length == 0 ? null : string.Join(",", values);
    }

    /// <summary>
    /// Parses the field lines between the status line and the empty line. A name must be a token
    /// followed directly by a colon (whitespace before the colon is refused, RFC 9112 §5.1); values
    /// lose surrounding spaces and tabs; an obsolete continuation line (starting with a space or tab)
    /// is joined to the previous value with one space (RFC 9112 §5.2).
    /// </summary>
    public static bool TryParse(IReadOnlyList<string> lines, out HeaderBlock headers, out string? problem)
    {
        headers = Empty;
        problem = null;
        var fields = new List<(string Name, string Value)>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Any(IsForbidden))
            {
                problem = "malformed header value";
                return false;
            }

            if (line.Length > 0 && line[0] is ' ' or '\t')
            {
                if (fields.Count == 0)
                {
                    problem = "malformed header: continuation line first";
                    return false;
                }

                var (name, value) = fields[^1];
                fields[^1] = (name, (value + " " + line.Trim(' ', '\t')).Trim(' '));
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsToken(line.AsSpan(0, colon)))
            {
                problem = "malformed header line";
                return false;
            }

            fields.Add((line[..colon], line[(colon + 1)..].Trim(' ', '\t')));
        }

        headers = new HeaderBlock([.. fields]);
        return true;
    }

    // Control characters other than tab have no place in a field value (RFC 9110 §5.5).
    private static bool IsForbidden(char c) => (c < ' ' && c != '\t') || c == '\u007f';

    // RFC 9110 §5.6.2 tchar.
    private static bool IsToken(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "!#$%&'*+-.^_`|~".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                return false;
            }
        }

        return true;
    }
}
