using System.Diagnostics;
using System.Globalization;

namespace Linesmith.TestSupport;

/// <summary>
/// A real repository made by the real <c>git</c> in a temp directory, with an empty HOME (no user config), fixed
/// names and a commit time the test chooses: for the git segments that count what <c>git status</c> shows and read
/// commit objects, so that what they read is what git itself wrote.
/// </summary>
internal sealed class ScratchRepository : IDisposable
{
    private readonly TempDir _temp = new();

    public ScratchRepository(DateTimeOffset committed, params string[] initOptions)
    {
        Path = _temp.Join("repo");
        Home = _temp.Join("home");
        Directory.CreateDirectory(Path);
        Directory.CreateDirectory(Home);
        CommitTime = committed;
        Git(["init", "-q", "-b", "main", .. initOptions]);
    }

    public string Path { get; }

    public string Home { get; }

    public string GitDirectory => System.IO.Path.Join(Path, ".git");

    /// <summary>The author and committer time of the next commit.</summary>
    public DateTimeOffset CommitTime { get; set; }

    public void Write(string relative, string text)
    {
        var path = System.IO.Path.Join(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    /// <summary>Writes, stages and commits <paramref name="relative"/> at <see cref="CommitTime"/>.</summary>
    public void Commit(string relative, string text, string message = "change")
    {
        Write(relative, text);
        Git("add", relative);
        Git("commit", "-q", "-m", message);
    }

    /// <summary>
    /// Two staged entries (one added, one changed), one of them changed again in the work tree, one more
    /// unstaged change, and two untracked entries (a file and a directory, which git shows as one): <c>+2 !2 ?2</c>.
    /// </summary>
    public void MakeMixedChanges()
    {
        Commit("a.txt", "a\n");
        Commit("b.txt", "b\n");
        Commit("c.txt", "c\n");
        Write("a.txt", "a staged\n");
        Write("new.txt", "new\n");
        Git("add", "a.txt", "new.txt");
        Write("a.txt", "a staged, then changed again\n");
        Write("b.txt", "b changed\n");
        Write("loose.txt", "untracked\n");
        Write("dir/one.txt", "untracked\n");
        Write("dir/two.txt", "untracked\n");
    }

    /// <summary>A real merge that stops with <paramref name="files"/> in conflict (both branches changed each).</summary>
    public void MakeMergeConflict(params string[] files)
    {
        foreach (var file in files)
        {
            Commit(file, "base\n");
        }

        Git("checkout", "-q", "-b", "other");
        foreach (var file in files)
        {
            Commit(file, "other\n");
        }

        Git("checkout", "-q", "main");
        foreach (var file in files)
        {
            Commit(file, "main\n");
        }

        Assert.NotEqual(0, Run(Path, ["merge", "-q", "other"]).ExitCode);
    }

    /// <summary>Runs git in the repository; it must succeed (set-up). Returns its output.</summary>
    public string Git(params string[] arguments)
    {
        var (exitCode, output) = Run(Path, arguments);
        Assert.True(exitCode == 0, $"git {string.Join(' ', arguments)}: {output}");
        return output;
    }

    /// <summary>Runs git in <paramref name="directory"/> with the scratch environment, success or not.</summary>
    public (int ExitCode, string Output) Run(string directory, string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in start.Environment.Keys.Where(name => name.StartsWith("GIT_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(name);
        }

        var date = "@" + CommitTime.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture) + " +0000";
        start.Environment["HOME"] = Home;
        start.Environment["XDG_CONFIG_HOME"] = System.IO.Path.Join(Home, ".config");
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_AUTHOR_NAME"] = start.Environment["GIT_COMMITTER_NAME"] = "t";
        start.Environment["GIT_AUTHOR_EMAIL"] = start.Environment["GIT_COMMITTER_EMAIL"] = "t@example.com";
        start.Environment["GIT_AUTHOR_DATE"] = start.Environment["GIT_COMMITTER_DATE"] = date;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr);
    }

    public void Dispose() => _temp.Dispose();
}
