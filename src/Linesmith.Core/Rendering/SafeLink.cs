namespace Linesmith.Rendering;

/// <summary>
/// Which URLs may become the target of an OSC 8 hyperlink. The URL comes from outside (the payload's
/// <c>pr.url</c>), and it is written inside an escape sequence, so only what cannot end or extend that
/// sequence passes: printable ASCII without spaces (the OSC 8 convention allows bytes 32-126 only;
/// a control character, ESC or BEL could close the sequence and start another), and for
/// <see cref="Check"/> an absolute
/// <c>https</c> or <c>http</c> URL with a host (no <c>file:</c>, <c>javascript:</c> or custom schemes
/// a click would hand to another program), at most <see cref="MaxLength"/> characters.
/// </summary>
internal static class SafeLink
{
    /// <summary>Long enough for any real pull request URL; longer ones are refused, not cut.</summary>
    public const int MaxLength = 2048;

    /// <summary>
    /// A <c>file:///</c> URL of this machine as <see cref="FileLink"/> builds it, printable ASCII, or null. Only
    /// for a run the renderer marked (<see cref="TextRun.LocalLink"/>): a URL from the payload never points at a
    /// local file (a click on a pull request must not open a local program).
    /// </summary>
    public static string? CheckLocal(string? url) =>
        url is not null && url.StartsWith("file:///", StringComparison.Ordinal) && url.Length <= MaxLength && Printable(url) ? url : null;

    /// <summary>The URL as it may be written, or null when it may not be a link.</summary>
    public static string? Check(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > MaxLength)
        {
            return null;
        }

        if (!Printable(url))
        {
            return null;
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri)
            && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && uri.Host.Length > 0
            && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase)
                ? url
                : null;
    }

    private static bool Printable(string url)
    {
        foreach (var c in url)
        {
            if (c is <= ' ' or > '~')
            {
                return false;
            }
        }

        return true;
    }
}
