using System.Diagnostics;

namespace Linesmith.Platform;

/// <summary>
/// <see cref="GroupedProcess"/> where there are no process groups (Windows): the program is started
/// with .NET's <see cref="Process"/> (no window, stdin and stderr pipes closed or drained, exactly the
/// environment given), put in a containment (a Job Object), its stdout read on a thread of its own up to
/// the cap, and when it exits, at the bound, or past the cap, everything in the containment is killed
/// before the run returns: a hook or filter that left a child behind dies with it, as the group kill
/// does on Unix (docs/adr/0014-git-without-repository-programs.md).
/// </summary>
internal static class ContainedProcess
{
    /// <summary>How long the output reader may take to see the end once everything is killed.</summary>
    private static readonly TimeSpan DrainGrace = TimeSpan.FromMilliseconds(200);

    private const int WaitSliceMilliseconds = 5;

    public static GroupedOutcome Run(IProcessContainment containment, string program, IReadOnlyList<string> arguments, IReadOnlyList<string> environment, TimeSpan timeout, int maxOutputBytes)
    {
        var started = Stopwatch.GetTimestamp();
        var start = new ProcessStartInfo(program)
        {
            UseShellExecute = false,
            CreateNoWindow = true,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var entry in environment)
        {
            var equals = entry.IndexOf('=', 1);
            if (equals > 0)
            {
                start.Environment[entry[..equals]] = entry[(equals + 1)..];
            }
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("no process");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return GroupedOutcome.NotStarted($"start failed ({exception.Message})");
        }

        using (process)
        {
            // Contained before anything else: the program has had microseconds to start a child, git needs milliseconds.
            var contained = containment.Contain(process);
            process.StandardInput.Close();
            var output = new BoundedReader(process.StandardOutput.BaseStream, maxOutputBytes);
            var errors = new BoundedReader(process.StandardError.BaseStream, 0);
            bool exited;
            while (!(exited = process.WaitForExit(0)) && !output.Full && Stopwatch.GetElapsedTime(started) < timeout)
            {
                output.WaitFull(WaitSliceMilliseconds);
            }

            containment.KillAll();
            if (!contained)
            {
                process.Kill(entireProcessTree: true);
            }

            output.Finish(DrainGrace);
            errors.Finish(DrainGrace);
            var timedOut = !exited && !output.Full;
            int? exitCode = exited && !output.Full && process.WaitForExit(0) ? process.ExitCode : null;
            return new GroupedOutcome(exitCode, output.Bytes(), timedOut, output.Full, null);
        }
    }
}
