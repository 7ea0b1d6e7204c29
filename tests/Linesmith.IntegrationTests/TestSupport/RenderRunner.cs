using System.Diagnostics;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// Runs the published binary as Claude Code does for a render: payload bytes on stdin (written in the
/// background, so that a process that stops reading early is not an error of the test), a hard kill
/// after <see cref="Bound"/>, and the GC heap capped so that "bounded memory" is enforced, not hoped.
/// </summary>
internal static class RenderRunner
{
    /// <summary>A render that has not exited by itself after this long is killed and the test fails.</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The GC heap a render may use (DOTNET_GCHeapHardLimit, hexadecimal without "0x", which the
    /// NativeAOT runtime does not parse); stdin is capped at 1 MiB, so 64 MiB is generous. Past it the
    /// process dies with an out-of-memory failure, which the exit-code assertion reports.
    /// </summary>
    public const string HeapLimitHex = "4000000";

    /// <summary>A payload without <c>rate_limits</c>, so that usage segments go to the cache and endpoint.</summary>
    public const string Payload = """{"model":{"id":"claude-opus-4-5","display_name":"Opus"},"workspace":{"current_dir":"/tmp/w"},"cost":{"total_cost_usd":1.5}}""";

    /// <summary>A line whose usage segments are not fed by stdin: a render with it reads the cache and may fetch.</summary>
    public const string UsageConfig = "[line]\nsegments = [\"model\", \"rate_limit_5h\", \"rate_limit_7d\", \"extra_usage\", \"rate_limit_7d_model\"]\n";

    public static ProcessResult Render(IReadOnlyDictionary<string, string> environment, byte[] stdin, params string[] arguments) =>
        RenderIn(null, environment, stdin, arguments);

    /// <summary>A render whose current directory is <paramref name="workingDirectory"/>: the project Claude Code has open.</summary>
    public static ProcessResult RenderIn(string? workingDirectory, IReadOnlyDictionary<string, string> environment, byte[] stdin, params string[] arguments)
    {
        var withLimit = new Dictionary<string, string>(environment);
        withLimit.TryAdd("DOTNET_GCHeapHardLimit", HeapLimitHex);
        using var process = ProcessRunner.Start(Path.GetFullPath(PublishedBinary.Path), arguments, withLimit, workingDirectory);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            try
            {
                process.StandardInput.BaseStream.Write(stdin);
                process.StandardInput.Close();
            }
            catch (IOException)
            {
                // The render stopped reading (1 MiB cap or its deadline): that is its right.
            }
        });
        var stopwatch = Stopwatch.StartNew();
        var exited = process.WaitForExit(Bound);
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, $"the render did not exit by itself within {Bound}");
        process.WaitForExit();
        writer.Wait(TimeSpan.FromSeconds(5));
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, stopwatch.Elapsed);
    }

    public static ProcessResult Render(IReadOnlyDictionary<string, string> environment, string stdin, params string[] arguments) =>
        Render(environment, System.Text.Encoding.UTF8.GetBytes(stdin), arguments);

    /// <summary>Exit 0 and exactly one printed line with no control character other than ESC starting an SGR colour.</summary>
    public static string AssertOneSafeLine(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        var lines = result.Stdout.Split('\n');
        Assert.True(lines.Length == 2 && lines[1].Length == 0, $"expected one line, got: {result.Stdout}");
        AssertNoTerminalControl(lines[0]);
        Assert.NotEmpty(lines[0].Trim());
        return lines[0];
    }

    /// <summary>Only SGR sequences (<c>ESC [ digits/; m</c>) may appear; every other control character is a leak.</summary>
    public static void AssertNoTerminalControl(string text)
    {
        var withoutSgr = System.Text.RegularExpressions.Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.DoesNotContain(withoutSgr, c => c < ' ' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069');
    }
}
