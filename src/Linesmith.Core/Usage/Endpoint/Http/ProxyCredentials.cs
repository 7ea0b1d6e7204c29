using System.Text;

namespace Linesmith.Usage.Endpoint.Http;

/// <summary>
/// The <c>user:password</c> of a proxy URL, percent-decoded (a password may hold <c>@</c> or <c>:</c>
/// written as <c>%40</c>, <c>%3A</c>). Used for <c>Proxy-Authorization: Basic</c>, SOCKS5
/// username/password (RFC 1929) and the SOCKS4 user id.
/// </summary>
internal sealed record ProxyCredentials(string User, string Password)
{
    public static ProxyCredentials? Of(Uri proxy)
    {
        if (proxy.UserInfo.Length == 0)
        {
            return null;
        }

        var colon = proxy.UserInfo.IndexOf(':', StringComparison.Ordinal);
        var user = colon < 0 ? proxy.UserInfo : proxy.UserInfo[..colon];
        var password = colon < 0 ? string.Empty : proxy.UserInfo[(colon + 1)..];
        return new ProxyCredentials(Uri.UnescapeDataString(user), Uri.UnescapeDataString(password));
    }

    public string BasicHeaderValue => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(User + ":" + Password));

    /// <summary>No secrets in logs or exception messages.</summary>
    public override string ToString() => "ProxyCredentials { *** }";
}
