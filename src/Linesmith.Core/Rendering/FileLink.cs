using System.Text;

namespace Linesmith.Rendering;

/// <summary>
/// A local directory as an OSC 8 target (RFC 8089 <c>file:///path</c>, the host left empty: this machine).
/// The path comes from the payload and may hold anything: every byte of its UTF-8 but the unreserved
/// characters of RFC 3986 and <c>/</c> is percent-encoded, so the URL is printable ASCII that cannot end
/// the escape sequence it is written in (<see cref="SafeLink"/>). A relative path has no URL.
/// </summary>
internal static class FileLink
{
    public static string? For(string? path)
    {
        if (string.IsNullOrEmpty(path) || path.Length > SafeLink.MaxLength)
        {
            return null;
        }

        var normalized = path.Replace('\\', '/');
        var windowsDrive = normalized.Length >= 3 && char.IsAsciiLetter(normalized[0]) && normalized[1] == ':' && normalized[2] == '/';
        if (!normalized.StartsWith('/') && !windowsDrive)
        {
            return null;
        }

        var url = new StringBuilder("file://", normalized.Length + 16);
        if (windowsDrive)
        {
            url.Append('/');
        }

        foreach (var b in Encoding.UTF8.GetBytes(normalized))
        {
            if (char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'.' or (byte)'_' or (byte)'~' or (byte)'/' || (windowsDrive && b == ':'))
            {
                url.Append((char)b);
            }
            else
            {
                url.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return url.Length <= SafeLink.MaxLength ? url.ToString() : null;
    }
}
