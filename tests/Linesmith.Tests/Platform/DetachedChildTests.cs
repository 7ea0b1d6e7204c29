using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The one way a render starts a background run of itself (docs/adr/0011-refresh-in-a-detached-process.md):
/// the usage refresher and the custom command's refresh share it. A real child process is started.
/// </summary>
public sealed class DetachedChildTests
{
    [Theory]
    [InlineData("/usr/share/dotnet/dotnet", false)]
    [InlineData("/opt/dotnet/DOTNET.EXE", false)]
    [InlineData("/home/u/.local/bin/linesmith", true)]
    [InlineData(null, false)]
    public void Only_this_programs_own_executable_is_started_never_the_dotnet_host(string? processPath, bool expected) =>
        Assert.Equal(expected, DetachedChild.CanStart(processPath));

    [Fact]
    public void The_arguments_follow_the_executable_in_order_with_every_stream_a_fresh_pipe()
    {
        var start = DetachedChild.StartInfo("/opt/linesmith/linesmith", "conf/x.toml", "command", "refresh");

        Assert.Equal(["command", "refresh"], start.ArgumentList);
        Assert.True(start.RedirectStandardInput && start.RedirectStandardOutput && start.RedirectStandardError);
        Assert.True(start.CreateNoWindow);
        Assert.Equal(Path.GetFullPath("conf/x.toml"), start.Environment[EnvironmentVariables.LinesmithConfig]);
    }

    [Fact]
    public void A_started_child_runs_on_its_own_after_its_pipes_are_closed()
    {
        using var dir = new TempDir();
        var marker = Path.Join(dir.Path, "ran");
        var start = OperatingSystem.IsWindows()
            ? DetachedChild.StartInfo("cmd.exe", configPath: null, "/c", $"echo x > \"{marker}\"")
            : DetachedChild.StartInfo("/bin/sh", configPath: null, "-c", $"echo x > '{marker}'");

        var (pid, failure) = DetachedChild.Start(start);

        Assert.Null(failure);
        Assert.NotNull(pid);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!File.Exists(marker) && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(20);
        }

        Assert.True(File.Exists(marker));
    }

    [Fact]
    public void A_child_that_cannot_start_gives_the_reason_instead_of_throwing()
    {
        var (pid, failure) = DetachedChild.Start(DetachedChild.StartInfo("/nonexistent/linesmith", configPath: null, "usage", "refresh"));

        Assert.Null(pid);
        Assert.False(string.IsNullOrEmpty(failure));
    }
}
