namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The family of a session model id (docs/spec/rate-limit-segments.md, docs/spec/usage-endpoint.md#response): the first dash-separated token
/// after <c>claude-</c> that is not purely numeric, ignoring a bracket suffix like <c>[1m]</c>
/// (<c>claude-fable-5[1m]</c> → <c>fable</c>; <c>claude-3-5-sonnet-20241022</c> → <c>sonnet</c>).
/// An id without <c>claude-</c> (<c>gpt-4o</c>) has none. <c>claude-</c> may follow a provider
/// prefix (Bedrock's <c>us.anthropic.claude-…</c>).
/// </summary>
internal static class ModelFamily
{
    private const string Marker = "claude-";

    public static string? Of(string? modelId)
    {
        if (string.IsNullOrEmpty(modelId))
        {
            return null;
        }

        var bracket = modelId.IndexOf('[', StringComparison.Ordinal);
        var id = bracket >= 0 ? modelId[..bracket] : modelId;
        var start = id.IndexOf(Marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
        {
            return null;
        }

        foreach (var token in id[(start + Marker.Length)..].Split('-'))
        {
            if (token.Length > 0 && !token.All(char.IsAsciiDigit))
            {
                return token;
            }
        }

        return null;
    }
}
