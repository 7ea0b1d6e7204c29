using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Linesmith.Platform;

/// <summary>
/// A Windows Job Object that kills every process in it when it is told to or closed
/// (<c>JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE</c>): processes a job's member starts are in the job too, so
/// git's hooks, filters and whatever they leave in the background die with it, like the process group
/// on Unix (docs/adr/0014-git-without-repository-programs.md). <c>DIE_ON_UNHANDLED_EXCEPTION</c>: a
/// crashing child ends instead of waiting in an error dialog.
/// </summary>
[SupportedOSPlatform("windows")]
internal sealed unsafe partial class JobObject : IProcessContainment
{
    private const string Library = "kernel32.dll";
    private const int ExtendedLimitInformation = 9; // JobObjectExtendedLimitInformation
    private const uint KillOnJobClose = 0x2000;
    private const uint DieOnUnhandledException = 0x400;

    private readonly nint _handle;

    private JobObject(nint handle) => _handle = handle;

    /// <summary>A new job, or null when Windows refused one.</summary>
    public static JobObject? Create()
    {
        var handle = CreateJobObjectW(0, 0);
        if (handle == 0)
        {
            return null;
        }

        var limits = new ExtendedLimits { LimitFlags = KillOnJobClose | DieOnUnhandledException };
        if (!SetInformationJobObject(handle, ExtendedLimitInformation, &limits, (uint)sizeof(ExtendedLimits)))
        {
            _ = CloseHandle(handle);
            return null;
        }

        return new JobObject(handle);
    }

    public bool Contain(Process process) => AssignProcessToJobObject(_handle, process.Handle);

    public void KillAll() => _ = TerminateJobObject(_handle, 1);

    public void Dispose() => _ = CloseHandle(_handle);

    /// <summary><c>JOBOBJECT_EXTENDED_LIMIT_INFORMATION</c>: the basic limits, I/O counters and memory limits, in Windows' order.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct ExtendedLimits
    {
        public long PerProcessUserTimeLimit;
        public long PerJobUserTimeLimit;
        public uint LimitFlags;
        public nuint MinimumWorkingSetSize;
        public nuint MaximumWorkingSetSize;
        public uint ActiveProcessLimit;
        public nuint Affinity;
        public uint PriorityClass;
        public uint SchedulingClass;
        public ulong ReadOperationCount;
        public ulong WriteOperationCount;
        public ulong OtherOperationCount;
        public ulong ReadTransferCount;
        public ulong WriteTransferCount;
        public ulong OtherTransferCount;
        public nuint ProcessMemoryLimit;
        public nuint JobMemoryLimit;
        public nuint PeakProcessMemoryUsed;
        public nuint PeakJobMemoryUsed;
    }

    [LibraryImport(Library, SetLastError = true)]
    private static partial nint CreateJobObjectW(nint attributes, nint name);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool SetInformationJobObject(nint job, int informationClass, void* information, uint length);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool AssignProcessToJobObject(nint job, nint process);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool TerminateJobObject(nint job, uint exitCode);

    [LibraryImport(Library, SetLastError = true)]
    [return: MarshalAs(UnmanagedType.Bool)]
    private static partial bool CloseHandle(nint handle);
}
