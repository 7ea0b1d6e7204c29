namespace Linesmith.Rendering;

/// <summary>
/// Which URLs may become the target of an OSC 8 hyperlink. The URL comes from outside (the payload's
/// <c>pr.url</c>), and it is written inside an escape sequence, so only what cannot end or extend that
/// sequence passes: printable ASCII without spaces (the OSC 8 convention allows bytes 32-126 only;
/// a control character, ESC or BEL could close the sequence and start another), an absolute
/// <c>https</c> or <c>http</c> URL with a host (no <c>file:</c>, <c>javascript:</c> or custom schemes
/// a click would hand to another program), at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class SafeLink
{
    /// <summary>Long enough for any real pull request URL; longer ones are refused, not cut.</summary>
    public const int MaxLength = 2048;

    /// <summary>The URL as it may be written, or null when it may not be a link.</summary>
    public static string? Check(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength)
        {
            return null;
        }

        foreach (var c in url)
        {
            if (c is <= ' ' or > '~')
            {
                return null;
            }
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0
            && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
                ? url
                : null;
    }
}
