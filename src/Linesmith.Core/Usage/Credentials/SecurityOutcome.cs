namespace Linesmith.Usage.Credentials;

/// <summary>
/// What one run of macOS <c>security</c> ended with: an exit status (128 + n when killed by signal n,
/// as .NET reports it), or no status when it could not be started or timed out.
/// </summary>
internal sealed record SecurityOutcome(int? ExitCode, string Stdout, string Stderr, bool TimedOut, string? SpawnFailure)
{
    /// <summary>Exit status 44: <c>errSecItemNotFound</c>.</summary>
    public const int NotFoundStatus = 44;

    public bool Succeeded => ExitCode == 0;

    public bool NotFound => ExitCode == NotFoundStatus;

    /// <summary>The <c>&lt;kind&gt;</c> of "security subprocess failed (&lt;kind&gt;)" (docs/spec/credentials.md, docs/spec/edge-cases.md item 58).</summary>
    public string FailureKind()
    {
        if (SpawnFailure is not null)
        {
            return $"spawn failed: {SpawnFailure}";
        }

        if (TimedOut)
        {
            return "timed out";
        }

        if (ExitCode is > 128 and < 160)
        {
            return $"terminated by signal {ExitCode - 128}";
        }

        var stderr = Stderr.Trim();
        return stderr.Length == 0 ? $"status {ExitCode}" : $"status {ExitCode}: {Truncate(stderr)}";
    }

    /// <summary>At most 512 bytes of stderr make it into the message (docs/spec/credentials.md step 1).</summary>
    private static string Truncate(string stderr)
    {
        const int MaxBytes = 512;
        var bytes = System.Text.Encoding.UTF8.GetBytes(stderr);
        if (bytes.Length <= MaxBytes)
        {
            return stderr;
        }

        return System.Text.Encoding.UTF8.GetString(bytes, 0, MaxBytes).TrimEnd('\uFFFD') + " (truncated)";
    }
}
