using System.Runtime.InteropServices;

namespace Linesmith.Platform.Native;

/// <summary>
/// The runtime's own portable POSIX layer (<c>libSystem.Native</c>, linked into the NativeAOT binary
/// and bound at link time like every runtime library): <c>write</c>, <c>read</c> and <c>fstat</c>
/// without the <see cref="Console"/> machinery, whose terminal set-up changes terminal modes
/// (docs/guarantees.md), and without binding libc symbols that older glibc versions do not export (<c>fstat</c>
/// and <c>lstat</c> before 2.33; see <see cref="PathStatus"/>). Each call retries <c>EINTR</c> itself.
/// </summary>
internal static unsafe partial class SystemNative
{
    private const string Library = "libSystem.Native";

    /// <summary>The runtime's <c>FileStatus</c>: Flags, Mode (the raw <c>st_mode</c>), Uid, Gid, Size, …; padded generously.</summary>
    public const int FileStatusBytes = 256;

    public const int ModeOffset = 4;

    /// <summary>The owner's uid (<c>st_uid</c>).</summary>
    public const int OwnerOffset = 8;

    public const int SizeOffset = 16;

    [LibraryImport(Library, EntryPoint = "SystemNative_Write", SetLastError = true)]
    public static partial int Write(nint descriptor, byte* buffer, int count);

    [LibraryImport(Library, EntryPoint = "SystemNative_Read", SetLastError = true)]
    public static partial int Read(nint descriptor, byte* buffer, int count);

    [LibraryImport(Library, EntryPoint = "SystemNative_FStat", SetLastError = true)]
    public static partial int FStat(nint descriptor, byte* status);

    /// <summary><c>lstat(2)</c> into the runtime's <c>FileStatus</c>: the same layout on every Unix, whatever its <c>struct stat</c>.</summary>
    [LibraryImport(Library, EntryPoint = "SystemNative_LStat", SetLastError = true)]
    public static partial int LStat(byte* path, byte* status);

    [LibraryImport(Library, EntryPoint = "SystemNative_GetEUid")]
    public static partial uint GetEUid();

    [LibraryImport(Library, EntryPoint = "SystemNative_IsATty")]
    public static partial int IsATty(nint descriptor);

    /// <summary>The descriptor's flags (<c>FD_CLOEXEC</c>), or -1 with <c>EBADF</c> when it is not open.</summary>
    [LibraryImport(Library, EntryPoint = "SystemNative_FcntlGetFD", SetLastError = true)]
    public static partial int FcntlGetFD(nint descriptor);

    [LibraryImport(Library, EntryPoint = "SystemNative_FcntlSetFD", SetLastError = true)]
    public static partial int FcntlSetFD(nint descriptor, int flags);

    [LibraryImport(Library, EntryPoint = "SystemNative_Close", SetLastError = true)]
    public static partial int Close(nint descriptor);
}
