using System.Security.Cryptography;

namespace Linesmith.Platform;

/// <summary>
/// The message for a cryptographic failure during a fetch. TLS fails its first operation when
/// <c>/dev/urandom</c> is missing (a chroot or a container without <c>/dev</c>; measured with the
/// static and the dynamic build); when that failure reaches the transport it says so and what to do,
/// instead of the runtime's generic "Error occurred during a cryptographic operation" (issue 16).
/// A crypto call outside the transport (one that fails before the fetch starts) reaches the catch
/// boundary instead: <see cref="DescribeUnexpected"/> gives it the same message there
/// (docs/adr/0016-release-targets.md).
/// </summary>
internal static class TlsFailure
{
    public const string RandomDevice = "/dev/urandom";

    public static string Describe(CryptographicException exception, bool linux, Func<string, bool> fileExists) =>
        linux && !fileExists(RandomDevice)
            ? $"TLS needs {RandomDevice}, which this system lacks (a chroot or container without /dev): mount /dev, or create it with 'mknod -m 444 {RandomDevice} c 1 9'"
            : $"{nameof(CryptographicException)}: {exception.Message}";

    /// <summary>
    /// The catch boundary's message for an exception that escaped a command: when a
    /// <see cref="CryptographicException"/> anywhere in its chain has a missing random device as its
    /// cause, the same message as <see cref="Describe"/>; otherwise null (the boundary reports it as
    /// an internal error).
    /// </summary>
    public static string? DescribeUnexpected(Exception exception, bool linux, Func<string, bool> fileExists)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is CryptographicException crypto && linux && !fileExists(RandomDevice))
            {
                return Describe(crypto, linux, fileExists);
            }
        }

        return null;
    }
}
