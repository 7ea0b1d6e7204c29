using Linesmith.Platform;
using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>
/// How the background refresher is started (docs/adr/0011-refresh-in-a-detached-process.md): the same
/// binary with <c>usage refresh</c>, all three standard streams fresh pipes, no shell, no console window
/// on Windows (<c>CREATE_NO_WINDOW</c>, which .NET sets from <c>CreateNoWindow</c>), and the render's
/// config file handed on as an absolute path.
/// </summary>
public sealed class RefreshStartTests
{
    [Fact]
    public void The_refresher_is_the_same_binary_detached_from_every_stream_and_without_a_console_window()
    {
        var start = ProcessRefreshLauncher.StartInfo("/opt/linesmith/linesmith", configPath: null);

        Assert.Equal("/opt/linesmith/linesmith", start.FileName);
        Assert.Equal(["usage", "refresh"], start.ArgumentList);
        Assert.True(start.RedirectStandardInput);
        Assert.True(start.RedirectStandardOutput);
        Assert.True(start.RedirectStandardError);
        Assert.False(start.UseShellExecute);
        Assert.True(start.CreateNoWindow);
        Assert.False(start.Environment.ContainsKey(EnvironmentVariables.LinesmithConfig));
    }

    [Fact]
    public void A_relative_config_path_reaches_the_refresher_as_an_absolute_one()
    {
        var start = ProcessRefreshLauncher.StartInfo("/opt/linesmith/linesmith", "conf/x.toml");

        Assert.Equal(Path.GetFullPath("conf/x.toml"), start.Environment[EnvironmentVariables.LinesmithConfig]);
        Assert.True(Path.IsPathFullyQualified(start.Environment[EnvironmentVariables.LinesmithConfig]!));
    }
}
