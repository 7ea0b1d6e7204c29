using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using static Linesmith.Platform.SpawnInterop;

namespace Linesmith.Platform;

/// <summary>
/// Runs a program in a process group of its own and, whatever happens, kills that whole group before
/// returning (docs/adr/0014-git-without-repository-programs.md). .NET's <c>Process.Kill(entireProcessTree)</c>
/// walks the children it can see at that moment; a hook that backgrounds itself (<c>sleep 60 &amp;</c>) has
/// left the tree by then but not the group. So: <c>posix_spawn</c> with <c>POSIX_SPAWN_SETPGROUP</c>,
/// stdin and stderr on <c>/dev/null</c>, every inherited descriptor above 2 closed (glibc 2.34+, macOS); stdout read with
/// <c>poll</c> until the program exits or the timeout passes; then <c>kill(-pgid, SIGKILL)</c>
/// while the leader is still unreaped (so the group id cannot have been reused), and only then reaped.
/// The environment is exactly the one given: nothing is inherited. On Windows a Job Object takes the
/// group's place (<see cref="ContainedProcess"/>, <see cref="JobObject"/>).
/// </summary>
internal static unsafe class GroupedProcess
{
    /// <summary>A killed leader is reaped within this grace; past it, it is left for init (stuck in the kernel).</summary>
    private static readonly TimeSpan ReapGrace = TimeSpan.FromMilliseconds(200);

    /// <summary>How often a running child is asked whether it exited while its pipe is still open.</summary>
    private const int PollSliceMilliseconds = 5;

    public static GroupedOutcome Run(string program, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, TimeSpan timeout, int maxOutputBytes)
    {
        if (arguments.Any(HasNul) || environment.Any(HasNul) || HasNul(program))
        {
            return GroupedOutcome.NotStarted("a NUL byte in an argument");
        }

        if (OperatingSystem.IsWindows())
        {
            // No process groups: a Job Object holds the program and all it starts (ContainedProcess).
            if (JobObject.Create() is not { } job)
            {
                return GroupedOutcome.NotStarted("no job object");
            }

            using (job)
            {
                return ContainedProcess.Run(job, program, arguments, environment, timeout, maxOutputBytes);
            }
        }

        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return GroupedOutcome.NotStarted("process groups need Linux, macOS or Windows");
        }

        var started = Stopwatch.GetTimestamp();
        var pipe = stackalloc int[2];
        if ((OperatingSystem.IsLinux() ? Pipe2(pipe, LinuxCloseOnExec) : SpawnInterop.Pipe(pipe)) != 0)
        {
            return GroupedOutcome.NotStarted("pipe failed");
        }

        int pid;
        var error = Start(program, [program, .. arguments], environment, pipe[1], pipe[0], out pid);
        _ = Close(pipe[1]);
        if (error != 0)
        {
            _ = Close(pipe[0]);
            return GroupedOutcome.NotStarted($"posix_spawn failed (errno {error})");
        }

        try
        {
            return Collect(pid, pipe[0], started, timeout, maxOutputBytes);
        }
        finally
        {
            _ = Close(pipe[0]);
        }
    }

    private static bool HasNul(string text) => text.Contains('\0', StringComparison.Ordinal);

    private static GroupedOutcome Collect(int pid, int output, long started, TimeSpan timeout, int maxOutputBytes)
    {
        var stdout = new MemoryStream();
        var buffer = new byte[16384];
        bool exited = false, endOfOutput = false, timedOut = false, truncated = false;
        while (true)
        {
            exited = exited || HasExited(pid);
            var remaining = timeout - Stopwatch.GetElapsedTime(started);
            if ((exited && endOfOutput) || remaining <= TimeSpan.Zero)
            {
                timedOut = !exited;
                break;
            }

            if (endOfOutput)
            {
                Thread.Sleep(1);
                continue;
            }

            // Once the leader has exited, everything it wrote is already in the pipe: read what is there
            // and stop, even if a child it left behind still holds the pipe open.
            var wait = exited ? 0 : (int)Math.Min(PollSliceMilliseconds, Math.Ceiling(remaining.TotalMilliseconds));
            var descriptor = new PollDescriptor { Descriptor = output, Events = PollIn };
            var ready = SpawnInterop.Poll(ref descriptor, 1, wait);
            if (ready <= 0 || descriptor.ReturnedEvents == 0)
            {
                if (exited && ready == 0)
                {
                    break;
                }

                continue;
            }

            nint count;
            fixed (byte* target = buffer)
            {
                count = Read(output, target, (nuint)buffer.Length);
            }

            if (count < 0)
            {
                if (Marshal.GetLastPInvokeError() == ErrorInterrupted)
                {
                    continue;
                }

                endOfOutput = true;
                continue;
            }

            if (count == 0)
            {
                endOfOutput = true;
                continue;
            }

            var keep = (int)Math.Min(count, maxOutputBytes - stdout.Length);
            stdout.Write(buffer, 0, keep);
            if (stdout.Length >= maxOutputBytes)
            {
                truncated = true;
                break;
            }
        }

        // The whole group, even when the leader exited by itself: what it started in the background dies
        // with it. The leader is not reaped yet, so the group id is still ours.
        _ = Kill(-pid, SignalKill);
        var status = Reap(pid);
        int? exitCode = timedOut || truncated || status is null ? null : DecodeStatus(status.Value);
        return new GroupedOutcome(exitCode, stdout.ToArray(), timedOut, truncated, null);
    }

    private static int DecodeStatus(int status) => (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f);

    /// <summary>True once the child has exited (or someone else reaped it); it stays a zombie until <see cref="Reap"/>.</summary>
    private static bool HasExited(int pid)
    {
        var information = stackalloc byte[256];
        new Span<byte>(information, 256).Clear();
        if (WaitId(IdTypePid, pid, information, WaitExited | WaitNoHang | WaitNoWait) != 0)
        {
            return Marshal.GetLastPInvokeError() == ErrorNoChild;
        }

        // With WNOHANG and nothing to report the structure stays zeroed (its si_pid is 0).
        return new Span<byte>(information, 32).IndexOfAnyExcept((byte)0) >= 0;
    }

    private static int? Reap(int pid)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var reaped = WaitPid(pid, out var status, WaitNoHang);
            if (reaped == pid)
            {
                return status;
            }

            if ((reaped < 0 && Marshal.GetLastPInvokeError() != ErrorInterrupted) || Stopwatch.GetElapsedTime(started) > ReapGrace)
            {
                return null;
            }

            Thread.Sleep(1);
        }
    }

    private static int Start(string program, IReadOnlyList<string> argv, IReadOnlyList<string> environment, int stdoutWrite, int stdoutRead, out int pid)
    {
        pid = 0;
        var attributes = NativeMemory.AllocZeroed(OpaqueBytes);
        var actions = NativeMemory.AllocZeroed(OpaqueBytes);
        var signals = NativeMemory.AllocZeroed(SignalSetBytes);
        var path = ToCString(program);
        var argumentBlock = ToCStringArray(argv);
        var environmentBlock = ToCStringArray(environment);
        var devNull = ToCString("/dev/null");
        try
        {
            _ = AttributesInit(attributes);
            _ = ActionsInit(actions);
            var flags = (short)(SpawnSetProcessGroup | SpawnSetSignalDefaults | SpawnSetSignalMask | (OperatingSystem.IsMacOS() ? MacCloseOnExecDefault : 0));
            _ = AttributesSetFlags(attributes, flags);
            _ = AttributesSetProcessGroup(attributes, 0);

            // Signals .NET ignores (SIGPIPE) would stay ignored across exec; the child starts with the defaults and nothing blocked.
            _ = SignalSetFill(signals);
            _ = AttributesSetSignalDefaults(attributes, signals);
            _ = SignalSetEmpty(signals);
            _ = AttributesSetSignalMask(attributes, signals);

            _ = ActionsOpen(actions, 0, devNull, ReadOnly, 0);
            _ = ActionsDuplicate(actions, stdoutWrite, 1);
            _ = ActionsOpen(actions, 2, devNull, WriteOnly, 0);
            if (stdoutRead > 2)
            {
                // With the render's own 0-2 closed the pipe may sit there; then the actions above replaced it.
                _ = ActionsClose(actions, stdoutRead);
            }
            CloseInheritedDescriptors(actions);
            var error = Spawn(out pid, path, actions, attributes, argumentBlock, environmentBlock);
            _ = ActionsDestroy(actions);
            _ = AttributesDestroy(attributes);
            return error;
        }
        finally
        {
            NativeMemory.Free(attributes);
            NativeMemory.Free(actions);
            NativeMemory.Free(signals);
            NativeMemory.Free(path);
            NativeMemory.Free(devNull);
            FreeCStringArray(argumentBlock, argv.Count);
            FreeCStringArray(environmentBlock, environment.Count);
        }
    }

    /// <summary>A descriptor the render inherited without close-on-exec must not reach the child (nor what it leaves behind).</summary>
    private static void CloseInheritedDescriptors(void* actions)
    {
        if (OperatingSystem.IsMacOS())
        {
            return; // POSIX_SPAWN_CLOEXEC_DEFAULT does it there.
        }

        try
        {
            _ = ActionsCloseFrom(actions, 3);
        }
        catch (EntryPointNotFoundException)
        {
            // glibc before 2.34: descriptors linesmith opens are close-on-exec already; only inherited ones pass.
        }
    }

    private static byte* ToCString(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var native = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
        bytes.CopyTo(new Span<byte>(native, bytes.Length));
        native[bytes.Length] = 0;
        return native;
    }

    private static byte** ToCStringArray(IReadOnlyList<string> texts)
    {
        var array = (byte**)NativeMemory.AllocZeroed((nuint)(texts.Count + 1), (nuint)sizeof(byte*));
        for (var index = 0; index < texts.Count; index++)
        {
            array[index] = ToCString(texts[index]);
        }

        return array;
    }

    private static void FreeCStringArray(byte** array, int count)
    {
        for (var index = 0; index < count; index++)
        {
            NativeMemory.Free(array[index]);
        }

        NativeMemory.Free(array);
    }
}
