using System.Runtime.InteropServices;
using System.Text;
using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// The type, mode and owner of a path itself (<c>lstat(2)</c>: a symlink is described, not followed),
/// and the effective user of this process (<c>geteuid(2)</c>): .NET exposes file modes but not owners,
/// and follows links. Both come from the runtime's own POSIX layer (<see cref="SystemNative"/>), whose
/// <c>FileStatus</c> has one layout on every Unix: reading libc's <c>struct stat</c> directly needed
/// offsets per OS and CPU (osx-x64's <c>lstat</c> is the 32-bit-inode one, with another layout than
/// osx-arm64's) and a libc symbol that glibc before 2.33 does not export. Windows has neither modes
/// nor uids: <see cref="IsSupported"/> is false there.
/// </summary>
internal readonly record struct PathStatus(uint Mode, uint Owner)
{
    /// <summary><c>ENOENT</c> and <c>ENOTDIR</c> have these values on Linux and macOS alike.</summary>
    public const int NoEntry = 2;

    public const int NotADirectory = 20;

    private const uint TypeMask = 0xF000; // S_IFMT
    private const uint DirectoryType = 0x4000; // S_IFDIR
    private const uint SymlinkType = 0xA000; // S_IFLNK
    private const uint Sticky = 0x200; // S_ISVTX
    private const uint GroupOrOtherWrite = 0x12; // S_IWGRP | S_IWOTH

    public bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    public bool IsSymlink => (Mode & TypeMask) == SymlinkType;

    public bool IsSticky => (Mode & Sticky) != 0;

    public bool IsWritableByOthers => (Mode & GroupOrOtherWrite) != 0;

    /// <summary>The permission bits in octal, for messages (<c>1777</c>, <c>755</c>).</summary>
    public string Permissions => Convert.ToString(Mode & 0xFFF, 8);

    /// <summary>Whether <see cref="Of"/> can answer here: every Unix the runtime supports.</summary>
    public static bool IsSupported => !OperatingSystem.IsWindows();

    /// <summary>This process's effective user id; null where there is none (Windows).</summary>
    public static uint? EffectiveUser() => OperatingSystem.IsWindows() ? null : SystemNative.GetEUid();

    /// <summary>The path's own status; null with <paramref name="error"/> the errno (0 = not supported here).</summary>
    public static unsafe PathStatus? Of(string path, out int error)
    {
        error = 0;
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        var status = stackalloc byte[SystemNative.FileStatusBytes];
        fixed (byte* name = Encoding.UTF8.GetBytes(path + "\0"))
        {
            if (SystemNative.LStat(name, status) != 0)
            {
                error = Marshal.GetLastPInvokeError();
                return null;
            }
        }

        return new PathStatus(*(uint*)(status + SystemNative.ModeOffset), *(uint*)(status + SystemNative.OwnerOffset));
    }
}
