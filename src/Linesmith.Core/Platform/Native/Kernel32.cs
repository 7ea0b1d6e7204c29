using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Linesmith.Platform.Native;

/// <summary>
/// The Win32 calls the Windows code paths need and .NET does not offer (docs/adr/0018-windows-code-paths.md).
/// Every caller is behind <see cref="OperatingSystem.IsWindows"/>, so the NativeAOT compiler drops
/// them, and this import, from the Linux and macOS images.
/// </summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class Kernel32
{
    private const string Library = "kernel32.dll";

    public const int StandardInput = -10; // STD_INPUT_HANDLE
    public const int StandardOutput = -11;
    public const int StandardError = -12;

    public const uint FileTypeDisk = 1; // FILE_TYPE_DISK
    public const uint FileTypeCharacter = 2; // FILE_TYPE_CHAR: a console (or NUL)
    public const uint FileTypePipe = 3; // FILE_TYPE_PIPE

    public const uint WaitObject0 = 0; // WAIT_OBJECT_0
    public const int ErrorBrokenPipe = 109; // ERROR_BROKEN_PIPE: the writer closed its end

    [LibraryImport(Library, SetLastError = true)]
    public static partial nint GetStdHandle(int which);

    [LibraryImport(Library, SetLastError = true)]
    public static partial uint GetFileType(nint handle);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool PeekNamedPipe(nint pipe, void* buffer, uint bufferSize, uint* bytesRead, uint* totalBytesAvailable, uint* bytesLeftThisMessage);

    [LibraryImport(Library, SetLastError = true)]
    public static partial uint WaitForSingleObject(nint handle, uint milliseconds);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool GetConsoleMode(nint handle, out uint mode);

    [LibraryImport(Library)]
    public static partial nint GetCurrentProcess();

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool TerminateProcess(nint process, uint exitCode);

    /// <summary>UTF-16 straight to a console: every character shows, whatever the console's code page, and the code page is left as it was.</summary>
    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static partial bool WriteConsoleW(nint console, char* text, uint count, out uint written, nint reserved);
}
