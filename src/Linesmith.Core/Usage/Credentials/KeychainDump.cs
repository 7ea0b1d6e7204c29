namespace Linesmith.Usage.Credentials;

/// <summary>
/// Reads <c>security dump-keychain</c> output for the multi-account scan of docs/spec/credentials.md step 2:
/// keeps items whose <c>svce</c> starts with <c>Claude Code-credentials</c>, newest <c>mdat</c> first
/// (string order, which is time order for its <c>YYYYMMDDhhmmssZ</c> form), items without one last
/// in dump order.
/// </summary>
internal static class KeychainDump
{
    public const string ServicePrefix = "Claude Code-credentials";

    public static IReadOnlyList<KeychainItem> Parse(string dump)
    {
        var items = new List<KeychainItem>();
        string? service = null;
        string? modified = null;
        foreach (var rawLine in dump.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.StartsWith("keychain:", StringComparison.Ordinal))
            {
                Flush(items, service, modified);
                service = null;
                modified = null;
            }
            else if (line.StartsWith("\"svce\"", StringComparison.Ordinal))
            {
                service = LastQuoted(line);
            }
            else if (line.StartsWith("\"mdat\"", StringComparison.Ordinal))
            {
                modified = LastQuoted(line)?.Replace("\\000", string.Empty, StringComparison.Ordinal);
            }
        }

        Flush(items, service, modified);

        // A stable sort: items with equal (or no) mdat keep dump order.
        return [.. items
            .Select((item, index) => (item, index))
            .OrderBy(pair => pair.item.ModifiedAt is null ? 1 : 0)
            .ThenByDescending(pair => pair.item.ModifiedAt, StringComparer.Ordinal)
            .ThenBy(pair => pair.index)
            .Select(pair => pair.item)];
    }

    private static void Flush(List<KeychainItem> items, string? service, string? modified)
    {
        if (service is not null && service.StartsWith(ServicePrefix, StringComparison.Ordinal))
        {
            items.Add(new KeychainItem(service, modified));
        }
    }

    // `"svce"<blob>="Claude Code-credentials"` and `"mdat"<timedate>=0x3230… "20260419182312Z\000"`: the value is the last quoted run.
    private static string? LastQuoted(string line)
    {
        var equals = line.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0)
        {
            return null;
        }

        var value = line[(equals + 1)..];
        var end = value.LastIndexOf('"');
        var start = end <= 0 ? -1 : value.LastIndexOf('"', end - 1);
        return start < 0 ? null : value[(start + 1)..end];
    }
}
