using Linesmith.Platform;
using Linesmith.Segments.Git;

namespace Linesmith.Tests.Segments.Git;

/// <summary>The environment a git child gets: nothing that aims it elsewhere, configures it from outside its files, or names a program.</summary>
public sealed class GitEnvironmentTests
{
    private static Dictionary<string, string> Build(params (string Name, string Value)[] variables) =>
        GitEnvironment.Build(EnvironmentSnapshot.Of(variables), [new("core.fsmonitor", "false"), new("filter.a=b.clean", string.Empty)])
            .Select(variable => variable.Split('=', 2)).ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);

    [Fact]
    public void The_overrides_travel_as_numbered_keys_and_values_with_every_transport_refused()
    {
        var environment = Build();

        Assert.Equal("2", environment["GIT_CONFIG_COUNT"]);
        Assert.Equal("core.fsmonitor", environment["GIT_CONFIG_KEY_0"]);
        Assert.Equal("false", environment["GIT_CONFIG_VALUE_0"]);
        Assert.Equal("filter.a=b.clean", environment["GIT_CONFIG_KEY_1"]);
        Assert.Equal(string.Empty, environment["GIT_CONFIG_VALUE_1"]);
        Assert.Equal(string.Empty, environment["GIT_ALLOW_PROTOCOL"]);
        Assert.Equal("0", environment["GIT_TERMINAL_PROMPT"]);
        Assert.Equal("0", environment["GIT_OPTIONAL_LOCKS"]);
    }

    [Theory]
    [InlineData("GIT_DIR")]
    [InlineData("GIT_WORK_TREE")]
    [InlineData("GIT_INDEX_FILE")]
    [InlineData("GIT_OBJECT_DIRECTORY")]
    [InlineData("GIT_ALTERNATE_OBJECT_DIRECTORIES")]
    [InlineData("GIT_COMMON_DIR")]
    [InlineData("GIT_CONFIG_PARAMETERS")]
    [InlineData("GIT_CONFIG")]
    [InlineData("GIT_EXTERNAL_DIFF")]
    [InlineData("GIT_PAGER")]
    [InlineData("GIT_SSH")]
    [InlineData("GIT_SSH_COMMAND")]
    [InlineData("GIT_ASKPASS")]
    [InlineData("GIT_TRACE")]
    [InlineData("PAGER")]
    [InlineData("SSH_ASKPASS")]
    public void An_inherited_variable_that_would_redirect_or_configure_git_or_name_a_program_is_dropped(string name)
    {
        Assert.False(Build((name, "/elsewhere")).ContainsKey(name));
    }

    [Fact]
    public void Inherited_numbered_settings_cannot_add_to_ours()
    {
        var environment = Build(("GIT_CONFIG_COUNT", "3"), ("GIT_CONFIG_KEY_2", "core.fsmonitor"), ("GIT_CONFIG_VALUE_2", "evil"));

        Assert.Equal("2", environment["GIT_CONFIG_COUNT"]);
        Assert.False(environment.ContainsKey("GIT_CONFIG_KEY_2"));
    }

    [Theory]
    [InlineData("HOME")]
    [InlineData("XDG_CONFIG_HOME")]
    [InlineData("GIT_CONFIG_GLOBAL")]
    [InlineData("GIT_CONFIG_SYSTEM")]
    [InlineData("GIT_EXEC_PATH")]
    [InlineData("GIT_CEILING_DIRECTORIES")]
    public void A_relative_path_that_would_resolve_inside_the_repository_is_dropped_and_an_absolute_one_kept(string name)
    {
        Assert.False(Build((name, "relative/dir")).ContainsKey(name));
        Assert.False(Build((name, "/abs:relative")).ContainsKey(name));
        Assert.Equal("/home/user", Build((name, "/home/user"))[name]);
    }

    [Fact]
    public void Path_keeps_only_its_absolute_entries_and_other_variables_pass_unchanged()
    {
        var environment = Build(("PATH", ".:/usr/bin::bin:/bin"), ("LANG", "C.UTF-8"), ("GIT_CONFIG_NOSYSTEM", "1"));

        Assert.Equal("/usr/bin:/bin", environment["PATH"]);
        Assert.Equal("C.UTF-8", environment["LANG"]);
        Assert.Equal("1", environment["GIT_CONFIG_NOSYSTEM"]);
    }
}
