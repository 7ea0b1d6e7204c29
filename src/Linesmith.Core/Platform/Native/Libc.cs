using System.Runtime.InteropServices;

namespace Linesmith.Platform.Native;

/// <summary>
/// The two libc calls the runtime's layer (<see cref="SystemNative"/>) lacks: <c>open</c> with
/// <c>O_NONBLOCK</c> (its own open knows no such flag, and a FIFO must not block <c>open()</c>,
/// docs/spec/decisions.md#d13-nothing-a-repository-configures-is-executed-every-read-is-bounded) and <c>_exit</c>, which ends the process without running anything that could wait for a
/// managed lock (docs/spec/decisions.md#d13-nothing-a-repository-configures-is-executed-every-read-is-bounded). Both symbols exist in every libc; they are bound at link time
/// (DirectPInvoke in the executable's project) on Linux and macOS.
/// </summary>
internal static partial class Libc
{
    /// <summary>Only the non-variadic part of <c>open(2)</c> is used: without <c>O_CREAT</c> the mode argument is never read.</summary>
    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    public static partial int Open(byte[] path, int flags);

    [LibraryImport("libc", EntryPoint = "_exit")]
    public static partial void Exit(int code);

    /// <summary>O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC for this platform, or null where they are unknown.</summary>
    public static int? ReadNonBlockingFlags()
    {
        if (OperatingSystem.IsLinux())
        {
            // Identical on x64 and arm64 (asm-generic): O_NONBLOCK 04000, O_NOCTTY 0400, O_CLOEXEC 02000000.
            return 0x800 | 0x100 | 0x80000;
        }

        // macOS: O_NONBLOCK 0x4, O_NOCTTY 0x20000, O_CLOEXEC 0x1000000.
        return OperatingSystem.IsMacOS() ? 0x4 | 0x20000 | 0x1000000 : null;
    }

    /// <summary>EAGAIN / EWOULDBLOCK.</summary>
    public static int WouldBlock => OperatingSystem.IsLinux() ? 11 : 35;
}
