using System.Security.Cryptography;
using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>A cryptographic failure during a fetch names a missing /dev/urandom when that is the cause (issue 16).</summary>
public sealed class TlsFailureTests
{
    private static readonly CryptographicException Generic = new("Error occurred during a cryptographic operation.");

    [Fact]
    public void A_missing_random_device_on_linux_is_named_with_what_to_do()
    {
        var message = TlsFailure.Describe(Generic, linux: true, _ => false);

        Assert.Contains("/dev/urandom", message, StringComparison.Ordinal);
        Assert.Contains("mknod", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Error occurred", message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_device_present_the_runtime_message_is_kept()
    {
        Assert.Equal("CryptographicException: Error occurred during a cryptographic operation.", TlsFailure.Describe(Generic, linux: true, _ => true));
    }

    [Fact]
    public void Other_platforms_have_no_random_device_to_blame()
    {
        Assert.StartsWith("CryptographicException:", TlsFailure.Describe(Generic, linux: false, _ => false), StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_crypto_failure_names_the_missing_device_wherever_it_is_in_the_chain()
    {
        var wrapped = new InvalidOperationException("outer", new IOException("middle", Generic));

        Assert.Contains("/dev/urandom", TlsFailure.DescribeUnexpected(Generic, linux: true, _ => false), StringComparison.Ordinal);
        Assert.Contains("mknod", TlsFailure.DescribeUnexpected(wrapped, linux: true, _ => false), StringComparison.Ordinal);
    }

    [Fact]
    public void An_escaped_failure_with_another_cause_stays_an_internal_error()
    {
        Assert.Null(TlsFailure.DescribeUnexpected(Generic, linux: true, _ => true));
        Assert.Null(TlsFailure.DescribeUnexpected(Generic, linux: false, _ => false));
        Assert.Null(TlsFailure.DescribeUnexpected(new InvalidOperationException("x"), linux: true, _ => false));
    }
}
