using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Text;
using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// The standard streams on Windows (docs/adr/0018-windows-code-paths.md), where <see cref="StandardStreams"/>
/// has no descriptors to use. Output is UTF-8 without a BOM to a pipe or file (Claude Code reads the
/// line from a pipe) and UTF-16 to a console (<see cref="ConsoleTextWriter"/>); no write throws.
/// Stdin's readiness is looked for with <c>PeekNamedPipe</c> (<see cref="PipeWait"/>), since
/// Windows' anonymous pipes cannot be polled.
/// </summary>
[SupportedOSPlatform("windows")]
internal static unsafe class WindowsStandardStreams
{
    /// <summary>How long the watchdog's last words may take before the process ends without them.</summary>
    private static readonly TimeSpan LastWordsPatience = TimeSpan.FromMilliseconds(100);

    /// <summary>A writer over stdout (1) or stderr (2).</summary>
    public static TextWriter Writer(int which)
    {
        var handle = Kernel32.GetStdHandle(which == 1 ? Kernel32.StandardOutput : Kernel32.StandardError);
        if (IsConsole(handle))
        {
            return TextWriter.Synchronized(new ConsoleTextWriter(handle));
        }

        return TextWriter.Synchronized(new StreamWriter(new SilentOutput(Open(which)), new UTF8Encoding(false), 1024) { AutoFlush = true });
    }

    /// <summary>Whether stdin is a console (a person typing), not a pipe or file.</summary>
    public static bool InputIsConsole() => IsConsole(Kernel32.GetStdHandle(Kernel32.StandardInput));

    /// <summary>
    /// Ready when stdin has something to read or has ended, timed out when <paramref name="timeout"/> passed
    /// first, unknown when it cannot tell (a console: the caller reads on a thread of its own).
    /// </summary>
    public static Readiness WaitReadable(TimeSpan timeout)
    {
        var handle = Kernel32.GetStdHandle(Kernel32.StandardInput);
        if (handle is 0 or -1)
        {
            return Readiness.Ready; // no stdin at all: the read returns the end at once
        }

        switch (Kernel32.GetFileType(handle))
        {
            case Kernel32.FileTypeDisk:
                return Readiness.Ready;
            case Kernel32.FileTypePipe:
                var started = Stopwatch.GetTimestamp();
                return PipeWait.Until(() => Look(handle), timeout, () => Stopwatch.GetElapsedTime(started), Thread.Sleep);
            case Kernel32.FileTypeCharacter when !IsConsole(handle):
                return Readiness.Ready; // NUL: the end at once
            default:
                return Readiness.Unknown;
        }
    }

    /// <summary>The watchdog's last words to stdout (1) or stderr (2), given up after a moment (<see cref="BoundedWrite"/>).</summary>
    public static bool TryWriteNow(int which, ReadOnlySpan<byte> bytes) => BoundedWrite.Within(() => Open(which), bytes, LastWordsPatience);

    /// <summary><c>TerminateProcess</c> on itself: Windows' <c>_exit</c>, which runs nothing that could wait for a lock.</summary>
    public static void ExitNow(int code) => Kernel32.TerminateProcess(Kernel32.GetCurrentProcess(), (uint)code);

    private static Stream Open(int which) => which == 1 ? Console.OpenStandardOutput() : Console.OpenStandardError();

    private static bool IsConsole(nint handle) =>
        handle is not (0 or -1) && Kernel32.GetFileType(handle) == Kernel32.FileTypeCharacter && Kernel32.GetConsoleMode(handle, out _);

    private static PipeState Look(nint handle)
    {
        uint available;
        if (Kernel32.PeekNamedPipe(handle, null, 0, null, &available, null))
        {
            return available > 0 ? PipeState.HasData : PipeState.Empty;
        }

        return Marshal.GetLastPInvokeError() == Kernel32.ErrorBrokenPipe ? PipeState.Ended : PipeState.Unknown;
    }
}
