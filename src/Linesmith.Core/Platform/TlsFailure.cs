using System.Security.Cryptography;

namespace Linesmith.Platform;

/// <summary>
/// The message for a cryptographic failure during a fetch. TLS fails its first operation when
/// <c>/dev/urandom</c> is missing (a chroot or a container without <c>/dev</c>; measured with the
/// static and the dynamic build); when that failure reaches the transport it says so and what to do,
/// instead of the runtime's generic "Error occurred during a cryptographic operation" (issue 16).
/// A crypto call outside the transport still fails first in a bare chroot: docs/adr/0016-release-targets.md.
/// </summary>
internal static class TlsFailure
{
    public const string RandomDevice = "/dev/urandom";

    public static string Describe(CryptographicException exception, bool linux, Func<string, bool> fileExists) =>
        linux && !fileExists(RandomDevice)
            ? $"TLS needs {RandomDevice}, which this system lacks (a chroot or container without /dev): mount /dev, or create it with 'mknod -m 444 {RandomDevice} c 1 9'"
            : $"{nameof(CryptographicException)}: {exception.Message}";
}
