using System.Diagnostics;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// The published NativeAOT <c>linesmith</c> that integration tests run as a process. <c>scripts/test</c>
/// publishes it first and passes its path in <c>LINESMITH_BIN</c>; a plain <c>dotnet test</c> without
/// that variable publishes it here, once per test run, for the runtime identifier in
/// <c>LINESMITH_RID</c> (default linux-x64), with the fetcher <c>linesmith-fetch</c> and the config
/// editor <c>linesmith-config</c> beside it.
/// </summary>
internal static class PublishedBinary
{
    private static readonly Lazy<string> LazyPath = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Path => LazyPath.Value;

    /// <summary><c>linesmith-config</c>, the editor <c>linesmith config</c> starts, published beside <see cref="Path"/>.</summary>
    public static string EditorPath => System.IO.Path.Join(System.IO.Path.GetDirectoryName(Path), "linesmith-config");

    /// <summary><c>linesmith-fetch</c>, which makes every usage request for <see cref="Path"/>, published beside it (docs/spec/fetcher.md).</summary>
    public static string FetcherPath => System.IO.Path.Join(System.IO.Path.GetDirectoryName(Path), OperatingSystem.IsWindows() ? "linesmith-fetch.exe" : "linesmith-fetch");

    /// <summary>The runtime identifier under test (<c>scripts/test --rid</c>); linux-x64 when not given.</summary>
    public static string RuntimeIdentifier =>
        Environment.GetEnvironmentVariable("LINESMITH_RID") is { Length: > 0 } rid ? rid : "linux-x64";

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("LINESMITH_BIN") is { Length: > 0 } given)
        {
            return File.Exists(given) ? given : throw new FileNotFoundException("LINESMITH_BIN does not exist", given);
        }

        var output = System.IO.Path.Join(RepoPaths.Root, "artifacts", $"test-bin-{RuntimeIdentifier}");
        Publish(System.IO.Path.Join(RepoPaths.Root, "src", "Linesmith", "Linesmith.csproj"), output);
        Publish(System.IO.Path.Join(RepoPaths.Root, "src", "Linesmith.Fetch", "Linesmith.Fetch.csproj"), output);
        Publish(System.IO.Path.Join(RepoPaths.Root, "src", "Linesmith.Editor", "Linesmith.Editor.csproj"), output);
        return System.IO.Path.Join(output, OperatingSystem.IsWindows() ? "linesmith.exe" : "linesmith");
    }

    private static void Publish(string project, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "publish", project, "-c", "Release", "-r", RuntimeIdentifier, "-o", output, "--nologo" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish took more than 5 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{stdout.Result}\n{stderr.Result}");
        }
    }
}
