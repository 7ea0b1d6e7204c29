using System.Runtime.InteropServices;

namespace Linesmith.Platform;

/// <summary>
/// The libc calls <see cref="GroupedProcess"/> needs and .NET's <c>Process</c> does not offer: a child
/// started in a process group of its own (<c>posix_spawn</c> with <c>POSIX_SPAWN_SETPGROUP</c>), the
/// group killed as a whole (<c>kill(-pgid)</c>), and "has it exited?" asked without reaping it
/// (<c>waitid</c> with <c>WNOWAIT</c>), so that the group id cannot be reused before the group is killed.
/// Constants are the POSIX ones shared by Linux and macOS, except where a comment says otherwise.
/// </summary>
internal static unsafe partial class SpawnInterop
{
    public const short SpawnSetProcessGroup = 0x02;
    public const short SpawnSetSignalDefaults = 0x04;
    public const short SpawnSetSignalMask = 0x08;

    /// <summary>macOS only: every descriptor not named in the file actions is closed in the child.</summary>
    public const short MacCloseOnExecDefault = 0x4000;

    public const int SignalKill = 9;
    public const int WaitNoHang = 1;
    public const int WaitExited = 4;
    public const int IdTypePid = 1;
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int ErrorNoChild = 10;
    public const int ErrorInterrupted = 4;
    public const short PollIn = 0x1;

    /// <summary>glibc's posix_spawnattr_t is 336 bytes and its file actions 80; macOS's are pointers.</summary>
    public const int OpaqueBytes = 1024;

    /// <summary>sigset_t is 128 bytes on glibc and 4 on macOS.</summary>
    public const int SignalSetBytes = 256;

    public static int WaitNoWait => OperatingSystem.IsMacOS() ? 0x20 : 0x01000000;

    /// <summary>O_CLOEXEC on Linux (x64 and arm64), for <c>pipe2</c>.</summary>
    public const int LinuxCloseOnExec = 0x80000;

    [StructLayout(LayoutKind.Sequential)]
    public struct PollDescriptor
    {
        public int Descriptor;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport("libc", EntryPoint = "posix_spawn")]
    public static partial int Spawn(out int pid, byte* path, void* fileActions, void* attributes, byte** argv, byte** envp);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_init")]
    public static partial int AttributesInit(void* attributes);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_destroy")]
    public static partial int AttributesDestroy(void* attributes);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setflags")]
    public static partial int AttributesSetFlags(void* attributes, short flags);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setpgroup")]
    public static partial int AttributesSetProcessGroup(void* attributes, int processGroup);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigmask")]
    public static partial int AttributesSetSignalMask(void* attributes, void* signals);

    [LibraryImport("libc", EntryPoint = "posix_spawnattr_setsigdefault")]
    public static partial int AttributesSetSignalDefaults(void* attributes, void* signals);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_init")]
    public static partial int ActionsInit(void* actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_destroy")]
    public static partial int ActionsDestroy(void* actions);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_adddup2")]
    public static partial int ActionsDuplicate(void* actions, int descriptor, int target);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addopen")]
    public static partial int ActionsOpen(void* actions, int target, byte* path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addclose")]
    public static partial int ActionsClose(void* actions, int descriptor);

    /// <summary>glibc 2.34 and later; elsewhere the entry point is missing and the caller goes on without it.</summary>
    [LibraryImport("libc", EntryPoint = "posix_spawn_file_actions_addclosefrom_np")]
    public static partial int ActionsCloseFrom(void* actions, int lowest);

    [LibraryImport("libc", EntryPoint = "sigemptyset")]
    public static partial int SignalSetEmpty(void* signals);

    [LibraryImport("libc", EntryPoint = "sigfillset")]
    public static partial int SignalSetFill(void* signals);

    [LibraryImport("libc", EntryPoint = "pipe")]
    public static partial int Pipe(int* descriptors);

    /// <summary>Linux only: the pipe is close-on-exec from its creation, so no other child started meanwhile inherits it.</summary>
    [LibraryImport("libc", EntryPoint = "pipe2")]
    public static partial int Pipe2(int* descriptors, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    public static partial nint Read(int descriptor, byte* buffer, nuint count);

    [LibraryImport("libc", EntryPoint = "close")]
    public static partial int Close(int descriptor);

    [LibraryImport("libc", EntryPoint = "poll")]
    public static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMilliseconds);

    [LibraryImport("libc", EntryPoint = "kill")]
    public static partial int Kill(int pid, int signal);

    [LibraryImport("libc", EntryPoint = "waitpid", SetLastError = true)]
    public static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport("libc", EntryPoint = "waitid", SetLastError = true)]
    public static partial int WaitId(int idType, int id, void* information, int options);
}
