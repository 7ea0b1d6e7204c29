using Linesmith.Platform;

namespace Linesmith.Usage.Credentials;

/// <summary>
/// What one run of macOS <c>security</c> (<see cref="SecurityCommand"/>, a bounded <see cref="ProcessOutcome"/>)
/// means for the Keychain step: found, not found, or a failure of the kind the error names.
/// </summary>
internal static class SecurityStatus
{
    /// <summary>Exit status 44: <c>errSecItemNotFound</c>.</summary>
    public const int NotFoundStatus = 44;

    extension(ProcessOutcome outcome)
    {
        public bool Succeeded => outcome.ExitCode == 0;

        public bool NotFound => outcome.ExitCode == NotFoundStatus;

        /// <summary>The <c>&lt;kind&gt;</c> of "security subprocess failed (&lt;kind&gt;)" (docs/spec/credentials.md, docs/spec/edge-cases.md item 58).</summary>
        public string FailureKind()
        {
            if (outcome.SpawnFailure is not null)
            {
                return $"spawn failed: {outcome.SpawnFailure}";
            }

            if (outcome.TimedOut)
            {
                return "timed out";
            }

            if (outcome.ExitCode is > 128 and < 160)
            {
                return $"terminated by signal {outcome.ExitCode - 128}";
            }

            var stderr = outcome.Stderr.Trim();
            return stderr.Length == 0 ? $"status {outcome.ExitCode}" : $"status {outcome.ExitCode}: {Truncate(stderr)}";
        }
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
