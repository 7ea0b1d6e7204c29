using System.Diagnostics;

namespace Linesmith.Platform;

/// <summary>
/// Runs a helper program with a hard time limit (docs/spec/decisions.md#d6-always-exit: no subprocess runs without a
/// timeout). On timeout the process tree is killed and given a short grace to be reaped. Stdin is
/// closed at once, so a program that waits for input fails fast instead of hanging.
/// </summary>
internal static class BoundedProcess
{
    private static readonly TimeSpan ReapGrace = TimeSpan.FromMilliseconds(500);

    public static ProcessOutcome Run(string fileName, IReadOnlyList<string> arguments, TimeSpan timeout, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (workingDirectory is not null)
        {
            start.WorkingDirectory = workingDirectory;
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return ProcessOutcome.NotStarted(exception.GetType().Name);
        }

        if (process is null)
        {
            return ProcessOutcome.NotStarted("no process");
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(timeout))
            {
                try
                {
                    process.Kill(entireProcessTree: true);
                }
                catch (InvalidOperationException)
                {
                    // It exited between the wait and the kill.
                }

                process.WaitForExit(ReapGrace);
                return new ProcessOutcome(null, string.Empty, string.Empty, true, null);
            }

            process.WaitForExit();
            return new ProcessOutcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), false, null);
        }
    }
}
