using System.Diagnostics;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>Small tmpfs mounts for the full and read-only file-system faults (needs root, which CI has).</summary>
internal sealed class Mounts : IDisposable
{
    private readonly List<string> _mounted = [];

    public static bool IsRoot => Environment.UserName == "root";

    public void Tmpfs(string path, string options)
    {
        Directory.CreateDirectory(path);
        Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path);
        _mounted.Add(path);
    }

    public void Dispose()
    {
        foreach (var path in Enumerable.Reverse(_mounted))
        {
            Run("umount", "-l", path);
        }
    }

    public static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)}: {error}");
    }
}
