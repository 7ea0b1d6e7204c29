using Linesmith.Platform;

namespace Linesmith.Tests.Platform;

/// <summary>
/// Claude Code's directories (issue 13 item 5): the data cascade for credentials and transcripts
/// (docs/spec/edge-cases.md item 56) and the settings file, from absolute variables only (issue 11 item 2).
/// </summary>
public sealed class ClaudeDirectoriesTests
{
    [Fact]
    public void Item56_data_directories_in_cascade_order_with_everything_set()
    {
        var directories = ClaudeDirectories.From(EnvironmentSnapshot.Of(("CLAUDE_CONFIG_DIR", "/env"), ("XDG_CONFIG_HOME", "/xdg"), ("HOME", "/home/u")));

        Assert.Equal(["/env", "/xdg/claude", "/home/u/.claude"], directories.DataDirectories);
    }

    [Fact]
    public void Item56_xdg_defaults_to_home_dot_config_and_legacy_needs_home()
    {
        Assert.Equal(["/home/u/.config/claude", "/home/u/.claude"], ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", "/home/u"))).DataDirectories);
        Assert.Equal(["/xdg/claude"], ClaudeDirectories.From(EnvironmentSnapshot.Of(("XDG_CONFIG_HOME", "/xdg"))).DataDirectories);
    }

    [Fact]
    public void Settings_are_only_in_claude_config_dir_or_dot_claude_never_under_xdg()
    {
        Assert.Equal("/env/settings.json", ClaudeDirectories.From(EnvironmentSnapshot.Of(("CLAUDE_CONFIG_DIR", "/env"), ("HOME", "/home/u"))).SettingsFile);
        Assert.Equal("/home/u/.claude/settings.json", ClaudeDirectories.From(EnvironmentSnapshot.Of(("XDG_CONFIG_HOME", "/xdg"), ("HOME", "/home/u"))).SettingsFile);
        Assert.Null(ClaudeDirectories.From(EnvironmentSnapshot.Of(("XDG_CONFIG_HOME", "/xdg"))).SettingsFile);
    }

    [Theory]
    [InlineData("relclaude")]
    [InlineData("./.claude")]
    [InlineData("")]
    [InlineData("/c\u001b[2J")]
    public void A_claude_config_dir_that_is_not_a_clean_absolute_path_is_ignored_for_settings_credentials_and_transcripts(string value)
    {
        var directories = ClaudeDirectories.From(EnvironmentSnapshot.Of(("CLAUDE_CONFIG_DIR", value), ("HOME", "/home/u")));

        Assert.Equal(["/home/u/.config/claude", "/home/u/.claude"], directories.DataDirectories);
        Assert.Equal("/home/u/.claude/settings.json", directories.SettingsFile);
        Assert.Equal(value.Length == 0 ? 0 : 1, directories.Problems.Count);
    }

    [Fact]
    public void A_relative_home_gives_no_claude_directory()
    {
        var directories = ClaudeDirectories.From(EnvironmentSnapshot.Of(("HOME", "proj")));

        Assert.Empty(directories.DataDirectories);
        Assert.Null(directories.SettingsFile);
        Assert.Equal(["HOME: \"proj\" is not an absolute path; ignored"], directories.Problems);
    }
}
