namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// Runs the published binary from <c>/bin/sh</c>, for what a process can only be given by a shell:
/// closed descriptors (<c>&gt;&amp;-</c>), <c>/dev/full</c>, a pipe whose reader has gone, a FIFO.
/// The script sees the binary in <c>$LINESMITH</c>; its own stdout is what the test reads.
/// </summary>
internal static class ShellRun
{
    public static ProcessResult Script(string script, IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var withBinary = new Dictionary<string, string>(environment) { ["LINESMITH"] = PublishedBinary.Path };
        return ProcessRunner.Run("/bin/sh", ["-c", script], withBinary, timeout: timeout);
    }

    /// <summary>The exit code a script printed as its last line <c>rc=N</c>.</summary>
    public static int ExitCodeOf(ProcessResult result)
    {
        var line = result.Stdout.Split('\n').LastOrDefault(l => l.StartsWith("rc=", StringComparison.Ordinal));
        Assert.True(line is not null, $"no rc= line in: {result.Stdout} / {result.Stderr}");
        return int.Parse(line[3..], System.Globalization.CultureInfo.InvariantCulture);
    }
}
