using System.Security.Authentication;
using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// Which certificates TLS trusts (issue 16, the static Linux build): the system store whenever it
/// answers, a CA bundle from the usual places when it is empty, and a clear error when there is none.
/// The chroot test in the integration suite runs the real static binary through the same decision.
/// </summary>
public sealed class TrustedRootsTests
{
    private static readonly Func<string, bool> NoFiles = _ => false;

    [Fact]
    public void A_non_empty_system_store_is_used_as_it_is()
    {
        Assert.Null(TrustedRoots.Choose(EnvironmentSnapshot.Empty, linux: true, () => 140, NoFiles));
    }

    [Theory]
    [InlineData("SSL_CERT_FILE")]
    [InlineData("SSL_CERT_DIR")]
    public void A_variable_the_user_set_wins_and_the_store_is_not_even_opened(string variable)
    {
        var opened = false;
        var chosen = TrustedRoots.Choose(EnvironmentSnapshot.Of((variable, "/somewhere")), linux: true, () => { opened = true; return 0; }, NoFiles);

        Assert.Null(chosen);
        Assert.False(opened);
    }

    [Fact]
    public void An_empty_variable_counts_as_unset()
    {
        var chosen = TrustedRoots.Choose(EnvironmentSnapshot.Of(("SSL_CERT_FILE", "")), linux: true, () => 0, path => path == "/etc/ssl/cert.pem");

        Assert.Equal("/etc/ssl/cert.pem", chosen);
    }

    [Fact]
    public void Other_platforms_keep_their_own_validation()
    {
        Assert.Null(TrustedRoots.Choose(EnvironmentSnapshot.Empty, linux: false, () => 0, NoFiles));
    }

    [Fact]
    public void With_an_empty_store_each_known_bundle_is_found_and_the_first_wins()
    {
        foreach (var bundle in TrustedRoots.BundleFiles)
        {
            Assert.Equal(bundle, TrustedRoots.Choose(EnvironmentSnapshot.Empty, linux: true, () => 0, path => path == bundle));
        }

        Assert.Equal(TrustedRoots.BundleFiles[0], TrustedRoots.Choose(EnvironmentSnapshot.Empty, linux: true, () => 0, _ => true));
    }

    [Fact]
    public void No_store_and_no_bundle_is_an_error_that_says_what_to_do()
    {
        var error = Assert.Throws<AuthenticationException>(() => TrustedRoots.Choose(EnvironmentSnapshot.Empty, linux: true, () => 0, NoFiles));

        Assert.Contains("no trusted CA certificates", error.Message, StringComparison.Ordinal);
        Assert.Contains("SSL_CERT_FILE", error.Message, StringComparison.Ordinal);
        Assert.Contains("/etc/pki/tls/certs/ca-bundle.crt", error.Message, StringComparison.Ordinal);
    }
}
