namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The status line and header fields of a final response. Reading skips interim 1xx responses
/// (RFC 9110 §15.2) and stops at <see cref="MaxBytes"/>, counted over all of them, so a server
/// cannot keep the client reading headers for ever.
/// </summary>
internal sealed record ResponseHead(HttpStatusLine Status, HeaderBlock Headers)
{
    /// <summary>A real usage response head is under 2 KiB; 64 KiB leaves room for chatty gateways.</summary>
    public const int MaxBytes = 64 * 1024;

    private const string TooLarge = "response header section larger than 64 KiB";

    public static async Task<ResponseHead> ReadAsync(WireReader reader)
    {
        var budget = MaxBytes;
        while (true)
        {
            var lines = new List<string>();
            while (true)
            {
                var line = await reader.ReadLineAsync(budget, TooLarge).ConfigureAwait(false)
                    ?? throw new IOException(lines.Count == 0 ? "connection closed before the response" : "connection closed inside the response headers");
                // The line plus at most CRLF: a budget of 0 means the next line can only fail.
                budget -= Math.Min(budget, line.Length + 2);
                if (line.Length == 0 && lines.Count > 0)
                {
                    break;
                }

                // Empty lines before a status line are tolerated (RFC 9112 §2.2).
                if (line.Length > 0)
                {
                    lines.Add(line);
                }
            }

            if (!TryParse(lines, out var head, out var problem))
            {
                throw new HttpWireException(problem!);
            }

            if (!head!.Status.IsInterim)
            {
                return head;
            }
        }
    }

    /// <summary>The head from its lines: the status line first, then the field lines (no empty line).</summary>
    public static bool TryParse(IReadOnlyList<string> lines, out ResponseHead? head, out string? problem)
    {
        head = null;
        if (lines.Count == 0 || !HttpStatusLine.TryParse(lines[0], out var status))
        {
            problem = "malformed status line";
            return false;
        }

        if (!HeaderBlock.TryParse([.. lines.Skip(1)], out var headers, out problem))
        {
            return false;
        }

        head = new ResponseHead(status, headers);
        return true;
    }
}
