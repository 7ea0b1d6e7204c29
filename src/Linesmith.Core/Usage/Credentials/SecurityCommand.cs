using System.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// Runs macOS <c>security</c> with a 2 s budget; on timeout the process tree is killed and reaped
/// within 500 ms, so that a hung Keychain prompt never hangs a statusline ("Our decisions" 6, §4
/// step 1). The program is looked up on the snapshot's <c>PATH</c> (a test puts a fake first).
/// </summary>
internal sealed class SecurityCommand(EnvironmentSnapshot environment, TimeSpan budget)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ReapGrace = TimeSpan.FromMilliseconds(500);

    public SecurityOutcome Run(params string[] arguments)
    {
        var program = Locate("security");
        if (program is null)
        {
            return new SecurityOutcome(null, string.Empty, string.Empty, false, "security not found on PATH");
        }

        var start = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
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
            return new SecurityOutcome(null, string.Empty, string.Empty, false, exception.GetType().Name);
        }

        if (process is null)
        {
            return new SecurityOutcome(null, string.Empty, string.Empty, false, "no process");
        }

        using (process)
        {
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(budget))
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
                return new SecurityOutcome(null, string.Empty, string.Empty, true, null);
            }

            process.WaitForExit();
            return new SecurityOutcome(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult(), false, null);
        }
    }

    private string? Locate(string name)
    {
        var path = environment.GetNonEmpty("PATH") ?? "/usr/bin:/bin";
        foreach (var directory in path.Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Join(directory, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
