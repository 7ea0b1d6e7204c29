namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// <c>HTTP/1.x SP 3DIGIT SP reason</c> (RFC 9112 §4). The reason phrase is ignored and may be
/// missing together with its space, as some servers send it.
/// </summary>
internal readonly record struct HttpStatusLine(int Minor, int Code)
{
    public bool IsInterim => Code is >= 100 and < 200 && Code != 101;

    public static bool TryParse(string line, out HttpStatusLine status)
    {
        status = default;
        if (line.Length < 12
            || !line.StartsWith("HTTP/1.", StringComparison.Ordinal)
            || !char.IsAsciiDigit(line[7])
            || line[8] != ' '
            || !char.IsAsciiDigit(line[9]) || !char.IsAsciiDigit(line[10]) || !char.IsAsciiDigit(line[11])
            || (line.Length > 12 && line[12] != ' '))
        {
            return false;
        }

        var code = ((line[9] - '0') * 100) + ((line[10] - '0') * 10) + (line[11] - '0');
        if (code is < 100 or > 599)
        {
            return false;
        }

        status = new HttpStatusLine(line[7] - '0', code);
        return true;
    }
}
