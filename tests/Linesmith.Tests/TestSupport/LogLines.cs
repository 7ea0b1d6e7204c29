namespace Linesmith.Tests.TestSupport;

/// <summary>
/// A <see cref="Linesmith.Diagnostics.Log"/> without a file writes each line to its stderr fallback, prefixed
/// <c>linesmith: </c>: a test reads the lines there, exactly as a user with <c>LINESMITH_LOG</c> set
/// and no cache root sees them.
/// </summary>
internal static class LogLines
{
    private const string Prefix = "linesmith: ";

    /// <summary>The log lines among what was written to <paramref name="stderr"/>, without the prefix.</summary>
    public static IReadOnlyList<string> Of(StringWriter stderr) =>
        stderr.ToString()
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(line => line[Prefix.Length..])
            .ToList();
}
