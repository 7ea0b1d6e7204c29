namespace Linesmith.Segments.Custom;

/// <summary>
/// One run of the custom command as cached: the command and the directory it ran in (what the entry is
/// for; a file whose command differs is a miss, whatever its name), when it ran, its exit code (-1: it
/// did not start or was killed at its timeout) and its output, raw, at most <see cref="CommandRun.MaxOutputBytes"/>.
/// </summary>
internal sealed record CommandEntry(string Command, string Directory, DateTimeOffset RanAt, int ExitCode, string Output)
{
    /// <summary>Fresh for <paramref name="ttl"/> after it ran; an entry from the future (a clock set back) is stale.</summary>
    public bool IsFresh(DateTimeOffset now, TimeSpan ttl) => RanAt <= now && now - RanAt < ttl;
}
