namespace Linesmith.Platform;

/// <summary>
/// How a bounded child process ended: its exit status (128 + n when killed by signal n, as .NET
/// reports it), or no status when it could not be started (<see cref="SpawnFailure"/>) or ran out
/// of time (<see cref="TimedOut"/>).
/// </summary>
internal sealed record ProcessOutcome(int? ExitCode, string Stdout, string Stderr, bool TimedOut, string? SpawnFailure)
{
    public static ProcessOutcome NotStarted(string why) => new(null, string.Empty, string.Empty, false, why);
}
