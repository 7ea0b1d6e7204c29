using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// linesmith's own directories (issue 11 item 2, issue 13 item 5): every path variable × absolute,
/// relative, empty, control characters and a directory that does not exist. Only an absolute value
/// without control characters is used; everything else counts as unset and is reported once.
/// </summary>
public sealed class UserDirectoriesTests
{
    public static TheoryData<string> PathVariables => new()
    {
        EnvironmentVariables.Home,
        EnvironmentVariables.XdgConfigHome,
        EnvironmentVariables.XdgCacheHome,
        EnvironmentVariables.LinesmithConfig,
        EnvironmentVariables.LinesmithCacheDir,
    };

    /// <summary>Values that must be ignored, whatever the variable: relative (plain, ./, ../, ~), and control characters.</summary>
    public static TheoryData<string, string> RefusedValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var name in (string[])[EnvironmentVariables.Home, EnvironmentVariables.XdgConfigHome, EnvironmentVariables.XdgCacheHome, EnvironmentVariables.LinesmithConfig, EnvironmentVariables.LinesmithCacheDir, EnvironmentVariables.ClaudeConfigDir])
        {
            foreach (var value in (string[])["relcfg", "./relcfg", "../up", "~/x", ".", "relative/deep/path", "/abs/with\nnewline", "/abs/\u001b]0;PWN\u0007", "/abs/\u009bm", "/abs/\u202Eevil", "\t/abs"])
            {
                data.Add(name, value);
            }
        }

        return data;
    }

    private static EnvironmentSnapshot Base() =>
        EnvironmentSnapshot.Of(("HOME", "/home/u"), ("XDG_CONFIG_HOME", "/xdg/config"), ("XDG_CACHE_HOME", "/xdg/cache"), ("LINESMITH_CONFIG", "/explicit/config.toml"), ("LINESMITH_CACHE_DIR", "/explicit/cache"), ("CLAUDE_CONFIG_DIR", "/claude"));

    [Fact]
    public void Absolute_values_are_used_as_given()
    {
        var directories = UserDirectories.From(Base());

        Assert.Equal("/home/u", directories.Home);
        Assert.Equal(new CreatableDirectory("/xdg/config/linesmith", "/xdg"), directories.ConfigRoot);
        Assert.Equal("/xdg/config/linesmith", directories.ConfigDirectory);
        Assert.Equal("/explicit/config.toml", directories.ConfigFile);
        Assert.Equal(new CreatableDirectory("/explicit/cache", "/explicit"), directories.CacheRoot);
        Assert.Empty(directories.Problems);
    }

    [Fact]
    public void Xdg_cache_home_beats_home_and_may_itself_be_created_below_its_parent()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/xdg/cache"), ("HOME", "/home/u")));

        Assert.Equal(new CreatableDirectory("/xdg/cache/linesmith", "/xdg"), directories.CacheRoot);
    }

    [Fact]
    public void Home_is_the_fallback_and_the_base_below_which_dot_cache_may_be_created()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("HOME", "/home/u")));

        Assert.Equal(new CreatableDirectory("/home/u/.cache/linesmith", "/home/u"), directories.CacheRoot);
        Assert.Equal("/home/u/.config/linesmith", directories.ConfigDirectory);
    }

    [Fact]
    public void Trailing_slashes_are_not_kept()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/xdg/"), ("LINESMITH_CACHE_DIR", "")));

        Assert.Equal(new CreatableDirectory("/xdg/linesmith", "/"), directories.CacheRoot);
        Assert.Equal(new CreatableDirectory("/c", "/"), UserDirectories.From(EnvironmentSnapshot.Of(("LINESMITH_CACHE_DIR", "/c//"))).CacheRoot);
    }

    [Fact]
    public void Unusual_bytes_in_a_value_are_preserved()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("XDG_CACHE_HOME", "/tmp/caf\u00e9 \u00ff\u00fe/x")));

        Assert.Equal("/tmp/caf\u00e9 \u00ff\u00fe/x/linesmith", directories.CacheRoot?.Path);
    }

    [Fact]
    public void Nothing_set_means_no_directories_and_no_problems()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Empty);

        Assert.Null(directories.Home);
        Assert.Null(directories.ConfigDirectory);
        Assert.Null(directories.ConfigFile);
        Assert.Null(directories.CacheRoot);
        Assert.Empty(directories.Problems);
    }

    [Theory]
    [MemberData(nameof(PathVariables))]
    public void An_empty_value_counts_as_unset_without_a_problem(string name)
    {
        var withEmpty = UserDirectories.From(Base().With(name, string.Empty));
        var without = UserDirectories.From(Without(Base(), name));

        Assert.Equal(Shape(without), Shape(withEmpty));
        Assert.Empty(withEmpty.Problems);
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_refused_value_counts_as_unset_and_is_reported_once(string name, string value)
    {
        var user = UserDirectories.From(Base().With(name, value));
        var claude = ClaudeDirectories.From(Base().With(name, value));
        var refused = user.ProblemsWith(claude);

        Assert.Equal(Shape(UserDirectories.From(Without(Base(), name))), Shape(user));
        Assert.Equal(ClaudeDirectories.From(Without(Base(), name)).DataDirectories, claude.DataDirectories);
        Assert.Equal(ClaudeDirectories.From(Without(Base(), name)).SettingsFile, claude.SettingsFile);
        var problem = Assert.Single(refused);
        Assert.StartsWith(name, problem, StringComparison.Ordinal);
        Assert.DoesNotContain(problem, char.IsControl);
    }

    [Theory]
    [MemberData(nameof(RefusedValues))]
    public void A_refused_value_never_becomes_part_of_any_path(string name, string value)
    {
        var environment = Base().With(name, value);
        var user = UserDirectories.From(environment);
        var claude = ClaudeDirectories.From(environment);

        string?[] paths = [user.Home, user.ConfigRoot?.Base, user.ConfigDirectory, user.ConfigFile, user.CacheRoot?.Path, user.CacheRoot?.Base, claude.SettingsFile, .. claude.DataDirectories];
        Assert.All(paths, path => Assert.True(path is null || (Path.IsPathFullyQualified(path) && !path.Any(char.IsControl)), path));
    }

    [Fact]
    public void A_relative_xdg_config_home_falls_back_to_home_dot_config()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("XDG_CONFIG_HOME", "relcfg"), ("HOME", "/home/u")));

        Assert.Equal("/home/u/.config/linesmith", directories.ConfigDirectory);
        Assert.Equal(["XDG_CONFIG_HOME: \"relcfg\" is not an absolute path; ignored"], directories.Problems);
    }

    [Fact]
    public void A_relative_cache_dir_falls_back_to_the_xdg_default()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("LINESMITH_CACHE_DIR", "cache"), ("XDG_CACHE_HOME", "rel"), ("HOME", "/home/u")));

        Assert.Equal(new CreatableDirectory("/home/u/.cache/linesmith", "/home/u"), directories.CacheRoot);
        Assert.Equal(2, directories.Problems.Count);
    }

    [Fact]
    public void A_relative_home_leaves_no_directory_at_all()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("HOME", "home")));

        Assert.Null(directories.CacheRoot);
        Assert.Null(directories.ConfigDirectory);
        Assert.Null(ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", "home"))).SettingsFile);
    }

    [Fact]
    public void A_directory_that_does_not_exist_is_still_named_because_resolution_never_touches_the_disk()
    {
        var directories = UserDirectories.From(EnvironmentSnapshot.Of(("HOME", "/nonexistent/x")));

        Assert.Equal(new CreatableDirectory("/nonexistent/x/.cache/linesmith", "/nonexistent/x"), directories.CacheRoot);
        Assert.False(Directory.Exists("/nonexistent"));
    }

    [Fact]
    public void A_100_kb_value_is_reported_cut()
    {
        var problem = Assert.Single(UserDirectories.From(EnvironmentSnapshot.Of(("HOME", new string('a', 100_000)))).Problems);

        Assert.True(problem.Length < 100, problem);
    }

    private static (string?, CreatableDirectory?, string?, CreatableDirectory?) Shape(UserDirectories directories) =>
        (directories.Home, directories.ConfigRoot, directories.ConfigFile, directories.CacheRoot);

    private static EnvironmentSnapshot Without(EnvironmentSnapshot environment, string name)
    {
        var kept = new List<(string, string)>();
        foreach (var variable in (string[])["HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "LINESMITH_CONFIG", "LINESMITH_CACHE_DIR", "CLAUDE_CONFIG_DIR"])
        {
            if (variable != name && environment.Get(variable) is { } value)
            {
                kept.Add((variable, value));
            }
        }

        return EnvironmentSnapshot.Of([.. kept]);
    }
}
