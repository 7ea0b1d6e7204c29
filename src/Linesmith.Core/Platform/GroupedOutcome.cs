namespace Linesmith.Platform;

/// <summary>
/// How a <see cref="GroupedProcess"/> run ended. <see cref="ExitCode"/> is set only when the program
/// exited by itself (128 + n when a signal n ended it); it is null when the program could not be
/// started (<see cref="SpawnFailure"/>), ran out of time (<see cref="TimedOut"/>) or wrote more than
/// the cap (<see cref="Truncated"/>: <see cref="Stdout"/> then holds the first bytes only). In every
/// case the process group was killed before the run returned.
/// </summary>
internal sealed record GroupedOutcome(int? ExitCode, byte[] Stdout, bool TimedOut, bool Truncated, string? SpawnFailure)
{
    public static GroupedOutcome NotStarted(string why) => new(null, [], false, false, why);
}
