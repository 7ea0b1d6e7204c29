using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The directory rules of Windows and macOS (<see cref="HostOs"/>), run on this machine: on Windows
/// the home is <c>USERPROFILE</c> (as Claude Code's <c>~</c>), the cache falls back to
/// <c>%LOCALAPPDATA%\linesmith</c>, and both variables are absolute-or-ignored like every other; on
/// macOS the original's <c>~/Library/Application Support/linesmith/config.toml</c> is the last config
/// candidate. Unix-style absolute values stand in for <c>C:\Users\u</c>: what is tested is which
/// variable wins, not Windows path syntax (that is <see cref="Path.IsPathFullyQualified(string)"/>'s).
/// </summary>
public sealed class PlatformDirectoriesTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void On_windows_userprofile_is_the_home_for_linesmith_and_for_claude_code_over_home()
    {
        var environment = EnvironmentSnapshot.Of(("USERPROFILE", "/profiles/u"), ("HOME", "/msys/home/u"));

        var own = UserDirectories.From(environment, HostOs.Windows);
        var claude = ClaudeDirectories.From(environment, HostOs.Windows);

        Assert.Equal("/profiles/u", own.Home);
        Assert.Equal(Path.Join("/profiles/u", ".config", "linesmith"), own.ConfigDirectory);
        Assert.Equal(Path.Join("/profiles/u", ".claude", "settings.json"), claude.SettingsFile);
        Assert.Equal([Path.Join("/profiles/u", ".config", "claude"), Path.Join("/profiles/u", ".claude")], claude.DataDirectories);
    }

    [Fact]
    public void On_windows_without_userprofile_home_is_the_home_and_elsewhere_userprofile_is_not_read()
    {
        Assert.Equal("/msys/home/u", UserDirectories.From(EnvironmentSnapshot.Of(("HOME", "/msys/home/u")), HostOs.Windows).Home);
        Assert.Null(UserDirectories.From(EnvironmentSnapshot.Of(("USERPROFILE", "/profiles/u")), HostOs.Unix).Home);
        Assert.Null(ClaudeDirectories.From(EnvironmentSnapshot.Of(("USERPROFILE", "/profiles/u")), HostOs.MacOS).SettingsFile);
    }

    [Fact]
    public void On_windows_the_cache_is_under_localappdata_which_is_the_base_and_is_never_created()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("USERPROFILE", "/profiles/u"), ("LOCALAPPDATA", "/profiles/u/AppData/Local")), HostOs.Windows);

        Assert.Equal(new CreatableDirectory(Path.Join("/profiles/u/AppData/Local", "linesmith"), "/profiles/u/AppData/Local"), directories.CacheRoot);
    }

    [Fact]
    public void On_windows_linesmith_cache_dir_and_xdg_cache_home_still_win_over_localappdata()
    {
        var local = ("LOCALAPPDATA", "/local");

        Assert.Equal("/explicit", UserDirectories.From(EnvironmentSnapshot.Of(local, ("LINESMITH_CACHE_DIR", "/explicit")), HostOs.Windows).CacheRoot?.Path);
        Assert.Equal(Path.Join("/xdg", "linesmith"), UserDirectories.From(EnvironmentSnapshot.Of(local, ("XDG_CACHE_HOME", "/xdg")), HostOs.Windows).CacheRoot?.Path);
        Assert.Equal(Path.Join("/profiles/u", ".cache", "linesmith"), UserDirectories.From(EnvironmentSnapshot.Of(("USERPROFILE", "/profiles/u")), HostOs.Windows).CacheRoot?.Path);
        Assert.Equal(Path.Join("/home/u", ".cache", "linesmith"), UserDirectories.From(EnvironmentSnapshot.Of(local, ("HOME", "/home/u")), HostOs.Unix).CacheRoot?.Path);
    }

    [Theory]
    [InlineData("USERPROFILE")]
    [InlineData("LOCALAPPDATA")]
    public void A_relative_or_control_character_windows_variable_is_ignored_and_reported(string name)
    {
        foreach (var value in (string[])["relative", @".\x", "~", "/abs/\u001b]0;PWN\u0007"])
        {
            var directories = UserDirectories.From(EnvironmentSnapshot.Of((name, value), ("HOME", "/home/u")), HostOs.Windows);

            Assert.Equal("/home/u", directories.Home);
            Assert.Equal(Path.Join("/home/u", ".cache", "linesmith"), directories.CacheRoot?.Path);
            Assert.Contains(directories.Problems, problem => problem.StartsWith(name, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void On_macos_the_library_config_is_read_last_and_only_there()
    {
        var home = _dir.Join("home");
        var library = Path.Join(home, "Library", "Application Support", "linesmith");
        Directory.CreateDirectory(library);
        File.WriteAllText(Path.Join(library, "config.toml"), "theme = \"x\"\n");
        var environment = EnvironmentSnapshot.Of(("HOME", home));

        Assert.Equal((Path.Join(library, "config.toml"), false), ConfigLocator.Locate(null, UserDirectories.From(environment, HostOs.MacOS)));
        Assert.Null(ConfigLocator.Locate(null, UserDirectories.From(environment, HostOs.Unix)));
        Assert.Null(ConfigLocator.Locate(null, UserDirectories.From(environment, HostOs.Windows)));

        var dotConfig = Path.Join(home, ".config", "linesmith");
        Directory.CreateDirectory(dotConfig);
        File.WriteAllText(Path.Join(dotConfig, "config.toml"), "theme = \"y\"\n");
        Assert.Equal((Path.Join(dotConfig, "config.toml"), false), ConfigLocator.Locate(null, UserDirectories.From(environment, HostOs.MacOS)));
    }
}
