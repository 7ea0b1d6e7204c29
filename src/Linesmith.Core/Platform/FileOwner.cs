using System.Runtime.InteropServices;
using System.Text;

namespace Linesmith.Platform;

/// <summary>
/// The owning user of a path and the effective user of this process, through libc <c>stat(2)</c> and
/// <c>geteuid(2)</c>: .NET exposes file modes but not owners. <c>struct stat</c> differs per platform,
/// so the owner is read only where its offset is known (Linux x64 and arm64, macOS arm64); elsewhere,
/// or when libc lacks the symbols (glibc before 2.33 exports no <c>stat</c>), the answer is "unknown".
/// </summary>
internal static partial class FileOwner
{
    // Larger than struct stat on every supported platform (144 bytes on Linux x64, 128 on arm64).
    private const int StatBufferBytes = 256;

    /// <summary>True when <paramref name="path"/> exists and its owner differs from this process's effective user; null = unknown.</summary>
    public static bool? IsForeign(string path)
    {
        if (UidOffset() is not { } offset)
        {
            return null;
        }

        try
        {
            var buffer = new byte[StatBufferBytes];
            if (Stat(Encoding.UTF8.GetBytes(path + "\0"), buffer) != 0)
            {
                return null;
            }

            return BitConverter.ToUInt32(buffer, offset) != GetEffectiveUserId();
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static int? UidOffset()
    {
        if (OperatingSystem.IsLinux())
        {
            return RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => 28, // st_dev 8, st_ino 8, st_nlink 8, st_mode 4
                Architecture.Arm64 => 24, // st_dev 8, st_ino 8, st_mode 4, st_nlink 4
                _ => null,
            };
        }

        // macOS arm64: the 64-bit-inode struct stat (st_dev 4, st_mode 2, st_nlink 2, st_ino 8).
        return OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 16 : null;
    }

    [LibraryImport("libc", EntryPoint = "stat")]
    private static partial int Stat(byte[] path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
