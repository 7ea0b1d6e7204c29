using System.Runtime.InteropServices;
using System.Text;

namespace Linesmith.Platform;

/// <summary>
/// The type, mode and owner of a path itself (<c>lstat(2)</c>: a symlink is described, not followed),
/// and the effective user of this process (<c>geteuid(2)</c>): .NET exposes file modes but not owners,
/// and follows links. <c>struct stat</c> differs per platform, so it is read only where its layout is
/// known (Linux x64 and arm64, macOS arm64); elsewhere, or when libc lacks the symbol (glibc before 2.33
/// exports no <c>lstat</c>), <see cref="IsSupported"/> is false and callers fall back to what .NET can tell.
/// </summary>
internal readonly partial record struct PathStatus(uint Mode, uint Owner)
{
    /// <summary><c>ENOENT</c> and <c>ENOTDIR</c> have these values on Linux and macOS alike.</summary>
    public const int NoEntry = 2;

    public const int NotADirectory = 20;

    private const uint TypeMask = 0xF000; // S_IFMT
    private const uint DirectoryType = 0x4000; // S_IFDIR
    private const uint SymlinkType = 0xA000; // S_IFLNK
    private const uint Sticky = 0x200; // S_ISVTX
    private const uint GroupOrOtherWrite = 0x12; // S_IWGRP | S_IWOTH

    // Larger than struct stat on every supported platform (144 bytes on Linux x64, 128 on arm64).
    private const int StatBufferBytes = 256;

    public bool IsDirectory => (Mode & TypeMask) == DirectoryType;

    public bool IsSymlink => (Mode & TypeMask) == SymlinkType;

    public bool IsSticky => (Mode & Sticky) != 0;

    public bool IsWritableByOthers => (Mode & GroupOrOtherWrite) != 0;

    /// <summary>The permission bits in octal, for messages (<c>1777</c>, <c>755</c>).</summary>
    public string Permissions => Convert.ToString(Mode & 0xFFF, 8);

    /// <summary>Whether <see cref="Of"/> can answer here: a known <c>struct stat</c> layout and libc's <c>lstat</c>.</summary>
    public static bool IsSupported => Layout() is not null && EffectiveUser() is not null;

    /// <summary>This process's effective user id; null where it cannot be asked.</summary>
    public static uint? EffectiveUser()
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        try
        {
            return GetEffectiveUserId();
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The path's own status; null with <paramref name="error"/> the errno (0 = not supported here).</summary>
    public static PathStatus? Of(string path, out int error)
    {
        error = 0;
        if (Layout() is not { } layout)
        {
            return null;
        }

        try
        {
            var buffer = new byte[StatBufferBytes];
            if (Lstat(Encoding.UTF8.GetBytes(path + "\0"), buffer) != 0)
            {
                error = Marshal.GetLastPInvokeError();
                return null;
            }

            var mode = layout.ModeIsShort ? BitConverter.ToUInt16(buffer, layout.Mode) : BitConverter.ToUInt32(buffer, layout.Mode);
            return new PathStatus(mode, BitConverter.ToUInt32(buffer, layout.Owner));
        }
        catch (Exception exception) when (exception is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static (int Mode, bool ModeIsShort, int Owner)? Layout()
    {
        if (OperatingSystem.IsLinux())
        {
            return RuntimeInformation.ProcessArchitecture switch
            {
                Architecture.X64 => (24, false, 28), // st_dev 8, st_ino 8, st_nlink 8, st_mode 4, st_uid 4
                Architecture.Arm64 => (16, false, 24), // st_dev 8, st_ino 8, st_mode 4, st_nlink 4, st_uid 4
                _ => null,
            };
        }

        // macOS arm64: the 64-bit-inode struct stat (st_dev 4, st_mode 2, st_nlink 2, st_ino 8, st_uid 4).
        return OperatingSystem.IsMacOS() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? (4, true, 16) : null;
    }

    [LibraryImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static partial int Lstat(byte[] path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint GetEffectiveUserId();
}
