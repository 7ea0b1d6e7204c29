using System.Globalization;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Git;

/// <summary>
/// Issue 11 item 1, the bound: every git linesmith starts runs in a process group of its own, and the
/// whole group is killed when git ends or when <c>timeout_ms</c> passes. The git found on PATH is a
/// wrapper (the user's PATH is the user's choice) that leaves a background child behind, as a hook or
/// filter that backgrounds itself would; no process it started may outlive the render.
/// </summary>
[Trait(Needs.Platform, Needs.Linux)]
public sealed class GitBoundTests
{
    [Fact]
    public void A_child_git_leaves_in_the_background_is_killed_with_its_group_and_the_result_stands()
    {
        using var rig = new GitRig();
        var pids = WrapGit(rig, $"exec '{RealGit()}' \"$@\"");
        rig.Write("f.txt", "changed\n");

        Assert.Equal("⎇ main* ↑1 ↓1", rig.Render());

        Assert.NotEmpty(File.ReadAllLines(pids));
        Assert.Empty(StillAlive(pids));
    }

    [Fact]
    public void A_git_that_never_ends_is_killed_with_its_group_at_the_bound()
    {
        using var rig = new GitRig();
        rig.SetTimeout(300);
        var pids = WrapGit(rig, "echo $$ >> \"$(dirname \"$0\")/pids\"\nsleep 300");

        Assert.Equal("⎇ main", rig.Render());

        Assert.True(File.ReadAllLines(pids).Length >= 2, "the wrapper and its background child both started");
        Assert.Empty(StillAlive(pids));
        Assert.Contains("killed with its process group", rig.Log(), StringComparison.Ordinal);
    }

    /// <summary>Puts a <c>git</c> first on PATH that starts <c>sleep 300</c> in the background, notes its pid, then runs <paramref name="then"/>.</summary>
    private static string WrapGit(GitRig rig, string then)
    {
        var directory = Path.Join(rig.Markers, "..", "wrapper");
        Directory.CreateDirectory(directory);
        var wrapper = Path.Join(directory, "git");
        File.WriteAllText(wrapper, $"#!/bin/sh\nsleep 300 &\necho $! >> \"$(dirname \"$0\")/pids\"\n{then}\n");
        File.SetUnixFileMode(wrapper, (UnixFileMode)0b111_101_101);
        rig.Environment["PATH"] = Path.GetFullPath(directory) + ":" + (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin");
        return Path.Join(directory, "pids");
    }

    private static string RealGit() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':').Select(entry => Path.Join(entry, "git")).First(File.Exists);

    /// <summary>The noted processes still running (a zombie waiting for init to reap it is not running), after up to 5 s.</summary>
    private static List<int> StillAlive(string pidsFile)
    {
        var pids = File.ReadAllLines(pidsFile).Select(line => int.Parse(line, CultureInfo.InvariantCulture)).ToList();
        var until = DateTime.UtcNow.AddSeconds(5);
        List<int> alive;
        while ((alive = pids.Where(Running).ToList()).Count > 0 && DateTime.UtcNow < until)
        {
            Thread.Sleep(50);
        }

        return alive;
    }

    private static bool Running(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return !stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z');
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
