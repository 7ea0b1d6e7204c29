using Linesmith.Platform.Native;

namespace Linesmith.Platform;

/// <summary>
/// Ends the process at once with <c>_exit(2)</c> (Windows: <c>TerminateProcess</c> on itself). <see cref="Environment.Exit"/> runs
/// shutdown work that can wait for a lock held by a thread stuck in a write to a full pipe, so a
/// watchdog that used it could itself hang. Nothing is buffered by then that matters: the watchdog
/// has written its own last words, files of ours are written atomically (a half-done write leaves a
/// temp file, not a torn one), and the kernel releases the fetch lock with the descriptor.
/// </summary>
internal static class ImmediateExit
{
    public static void Now(int code)
    {
        if (OperatingSystem.IsWindows())
        {
            WindowsStandardStreams.ExitNow(code);
        }
        else
        {
            Libc.Exit(code);
        }

        Environment.Exit(code); // only if the call above returned (it never does)
    }
}
