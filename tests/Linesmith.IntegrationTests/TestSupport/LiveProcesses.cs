using System.Text;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// The processes still alive whose environment holds a given <c>HOME</c>: this test's linesmith
/// renders and their background refreshers, and nobody else's (Linux /proc; the tests run as root,
/// which may read every process's environment).
/// </summary>
internal static class LiveProcesses
{
    public static List<int> WithHome(string home)
    {
        var needle = Encoding.UTF8.GetBytes("HOME=" + home + "\0");
        var found = new List<int>();
        foreach (var directory in Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid) || pid == Environment.ProcessId)
            {
                continue;
            }

            try
            {
                var environ = File.ReadAllBytes(Path.Join(directory, "environ"));
                if (environ.AsSpan().IndexOf(needle) >= 0 && !IsZombie(directory))
                {
                    found.Add(pid);
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Exited while we looked, or a kernel thread.
            }
        }

        return found;
    }

    /// <summary>Polls until none is alive or <paramref name="timeout"/> passes; returns those still alive.</summary>
    public static List<int> AwaitNone(string home, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        List<int> alive;
        while ((alive = WithHome(home)).Count > 0 && DateTime.UtcNow < until)
        {
            Thread.Sleep(100);
        }

        return alive;
    }

    private static bool IsZombie(string directory) =>
        File.ReadAllText(Path.Join(directory, "stat")) is var stat && stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
}
