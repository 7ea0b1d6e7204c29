using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// Runs macOS <c>security</c> with a 2 s budget; on timeout the process tree is killed and reaped
/// within 500 ms, so that a hung Keychain prompt never hangs a statusline (docs/spec/decisions.md#d6-always-exit, docs/spec/credentials.md
/// step 1). The program is looked up on the snapshot's <c>PATH</c> (a test puts a fake first).
/// </summary>
internal sealed class SecurityCommand(EnvironmentSnapshot environment, TimeSpan budget)
{
    public static readonly TimeSpan DefaultBudget = TimeSpan.FromSeconds(2);

    public ProcessOutcome Run(params string[] arguments)
    {
        var program = Locate("security");
        if (program is null)
        {
            return ProcessOutcome.NotStarted("security not found on PATH");
        }

        return BoundedProcess.Run(program, arguments, budget);
    }

    private string? Locate(string name)
    {
        var path = environment.GetNonEmpty(EnvironmentVariables.SearchPath) ?? "/usr/bin:/bin";
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
