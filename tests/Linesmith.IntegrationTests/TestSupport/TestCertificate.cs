using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A self-signed certificate for 127.0.0.1 and localhost, and its PEM file. A child process trusts
/// it when started with <c>SSL_CERT_FILE</c> pointing at that file (OpenSSL's trust-store variable,
/// which .NET on Linux honours), so TLS is tested with the default validation, not a bypass.
/// </summary>
internal sealed class TestCertificate : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("linesmith-tls-").FullName;

    public TestCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=linesmith test", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        // Reloaded from PKCS#12 so the private key is usable by SslStream on every platform.
        Certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), null);
        PemPath = Path.Join(_directory, "trusted.pem");
        File.WriteAllText(PemPath, created.ExportCertificatePem() + "\n");
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>A PEM file holding only this certificate: the whole trust store of a child process.</summary>
    public string PemPath { get; }

    public void Dispose()
    {
        Certificate.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
