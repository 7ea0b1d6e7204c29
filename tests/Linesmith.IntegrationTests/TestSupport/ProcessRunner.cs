using System.Diagnostics;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// Runs a program as a real child process with an environment that holds only what the test gives
/// (plus <c>PATH</c>), so that the developer's own HOME, cache and credentials never leak into a test.
/// </summary>
internal static class ProcessRunner
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static ProcessResult Run(
        string fileName,
        IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string> environment,
        string? stdin = null,
        TimeSpan? timeout = null,
        string? workingDirectory = null)
    {
        using var process = Start(fileName, arguments, environment, workingDirectory);
        var stopwatch = Stopwatch.StartNew();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? DefaultTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not exit within {timeout ?? DefaultTimeout}");
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, stopwatch.Elapsed);
    }

    /// <param name="workingDirectory">The child's current directory (the project a render runs in); null = the test's.</param>
    public static Process Start(string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        start.Environment["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"could not start {fileName}");
    }

    /// <summary>Runs the published linesmith binary.</summary>
    public static ProcessResult Linesmith(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(PublishedBinary.Path, arguments, environment);

    /// <summary>Runs the published linesmith binary in <paramref name="workingDirectory"/>.</summary>
    public static ProcessResult LinesmithIn(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        Run(Path.GetFullPath(PublishedBinary.Path), arguments, environment, workingDirectory: workingDirectory);
}
