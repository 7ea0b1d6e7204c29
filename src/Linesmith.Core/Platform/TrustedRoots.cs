using System.Security.Authentication;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Linesmith.Platform;

/// <summary>
/// Where TLS finds the certificates it trusts. Normally the system store: OpenSSL's default
/// locations, or <c>SSL_CERT_FILE</c> / <c>SSL_CERT_DIR</c> when set. The fully static Linux build
/// carries the default locations of the machine it was built on (Debian: /usr/lib/ssl), which other
/// distributions do not have, so when the system store is empty and neither variable is set the
/// first CA bundle found at the usual places (the list Go's crypto/x509 uses on Linux) is trusted
/// instead. With no bundle anywhere the request fails with a message that says so and what to set,
/// rather than as an untrusted certificate (issue 16; docs/adr/0016-release-targets.md).
/// </summary>
internal static class TrustedRoots
{
    /// <summary>CA bundles of the common distributions, first match wins.</summary>
    public static readonly IReadOnlyList<string> BundleFiles =
    [
        "/etc/ssl/certs/ca-certificates.crt", // Debian, Ubuntu, Arch, Gentoo, Alpine with ca-certificates
        "/etc/pki/tls/certs/ca-bundle.crt", // Fedora, RHEL 6
        "/etc/ssl/ca-bundle.pem", // openSUSE
        "/etc/pki/tls/cacert.pem", // OpenELEC
        "/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem", // CentOS, RHEL 7 and later
        "/etc/ssl/cert.pem", // Alpine, Void
    ];

    /// <summary>
    /// The chain policy for a TLS handshake: null keeps the system's validation (every platform but
    /// Linux, a variable set, or a non-empty system store); otherwise custom roots from a bundle.
    /// </summary>
    /// <exception cref="AuthenticationException">No trusted certificates anywhere.</exception>
    public static X509ChainPolicy? PolicyFor(EnvironmentSnapshot environment) =>
        Choose(environment, OperatingSystem.IsLinux(), SystemRootCount, File.Exists) is { } bundle
            ? CustomRoots(bundle)
            : null;

    /// <summary>
    /// The decision alone: the bundle to trust, or null for the system's validation.
    /// <paramref name="systemRootCount"/> is asked only when it matters (opening the store reads it).
    /// </summary>
    /// <exception cref="AuthenticationException">No trusted certificates anywhere.</exception>
    public static string? Choose(EnvironmentSnapshot environment, bool linux, Func<int> systemRootCount, Func<string, bool> fileExists)
    {
        if (!linux || environment.GetNonEmpty(EnvironmentVariables.SslCertFile) is not null || environment.GetNonEmpty(EnvironmentVariables.SslCertDir) is not null)
        {
            return null;
        }

        if (systemRootCount() > 0)
        {
            return null;
        }

        return BundleFiles.FirstOrDefault(fileExists)
            ?? throw new AuthenticationException(
                $"no trusted CA certificates: the system store is empty and none of {string.Join(", ", BundleFiles)} exists; " +
                "install ca-certificates or set SSL_CERT_FILE to a PEM bundle");
    }

    private static int SystemRootCount()
    {
        try
        {
            using var store = new X509Store(StoreName.Root, StoreLocation.LocalMachine);
            store.Open(OpenFlags.ReadOnly | OpenFlags.OpenExistingOnly);
            return store.Certificates.Count;
        }
        catch (CryptographicException)
        {
            return 0;
        }
    }

    private static X509ChainPolicy CustomRoots(string bundle)
    {
        // NoCheck as SslStream's own default: revocation is not checked with the system store either.
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        try
        {
            policy.CustomTrustStore.ImportFromPemFile(bundle);
        }
        catch (Exception exception) when (exception is CryptographicException or IOException or UnauthorizedAccessException)
        {
            throw new AuthenticationException($"cannot read the CA bundle {bundle}: {exception.Message}", exception);
        }

        return policy.CustomTrustStore.Count > 0
            ? policy
            : throw new AuthenticationException($"the CA bundle {bundle} holds no certificate; set SSL_CERT_FILE to a PEM bundle");
    }
}
