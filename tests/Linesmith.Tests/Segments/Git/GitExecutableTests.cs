using Linesmith.Platform;
using Linesmith.Segments.Git;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Segments.Git;

/// <summary>Finding git on PATH without ever taking one from the session's directory.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class GitExecutableTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string ExecutableIn(string directory, UnixFileMode mode = (UnixFileMode)0b111_101_101)
    {
        Directory.CreateDirectory(_dir.Join(directory));
        var path = _dir.Join(directory, "git");
        File.WriteAllText(path, "#!/bin/sh\n");
        File.SetUnixFileMode(path, mode);
        return path;
    }

    [Fact]
    public void The_first_executable_git_in_an_absolute_entry_is_taken()
    {
        ExecutableIn("not-executable", UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var expected = ExecutableIn("second");
        ExecutableIn("third");
        var path = string.Join(':', _dir.Join("missing"), _dir.Join("not-executable"), _dir.Join("second"), _dir.Join("third"));

        Assert.Equal(expected, GitExecutable.Find(EnvironmentSnapshot.Of(("PATH", path))));
    }

    [Fact]
    public void A_relative_or_empty_entry_is_never_searched()
    {
        Assert.Equal(["/usr/bin", "/bin"], GitEnvironment.SearchPath(".::relative:/usr/bin:bin:/bin"));
        Assert.Empty(GitEnvironment.SearchPath(null));
        Assert.Null(GitExecutable.Find(EnvironmentSnapshot.Empty));
    }
}
