using System.Runtime.Versioning;
using System.Security.AccessControl;
using System.Security.Principal;

namespace Linesmith.Platform;

/// <summary>
/// Windows' counterpart of mode 0700 (docs/spec/decisions.md#d7-permissions): a directory linesmith
/// creates gets a security descriptor whose owner is the user and whose access list is protected (it
/// inherits nothing from the parent) and holds one entry, full control for the user, inherited by
/// every file and directory below (<c>OICI</c>). So <c>usage.json</c>, the lock and the log are the
/// user's alone even where the parent lets others in (a cache directory named under a shared folder).
/// </summary>
internal static class PrivateAccess
{
    /// <summary>The descriptor in SDDL for the user <paramref name="sid"/>; throws for anything that is not a SID.</summary>
    public static string Descriptor(string sid)
    {
        if (!IsSid(sid))
        {
            throw new ArgumentException($"not a security identifier: {sid}", nameof(sid));
        }

        return $"O:{sid}D:P(A;OICI;FA;;;{sid})";
    }

    /// <summary>Creates <paramref name="path"/> (one level) readable and writable by this user only.</summary>
    [SupportedOSPlatform("windows")]
    public static void CreateDirectory(string path)
    {
        var user = WindowsIdentity.GetCurrent().User?.Value ?? throw new IOException("no user security identifier");
        var security = new DirectorySecurity();
        security.SetSecurityDescriptorSddlForm(Descriptor(user));
        new DirectoryInfo(path).Create(security);
    }

    /// <summary><c>S-1-</c> then dash-separated decimal parts: nothing that could end the SDDL string early.</summary>
    private static bool IsSid(string sid)
    {
        if (!sid.StartsWith("S-1-", StringComparison.Ordinal) || sid.Length > 184)
        {
            return false;
        }

        var parts = sid[4..].Split('-');
        foreach (var part in parts)
        {
            if (part.Length == 0 || !part.All(char.IsAsciiDigit))
            {
                return false;
            }
        }

        return parts.Length >= 2;
    }
}
