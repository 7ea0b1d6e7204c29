using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Commands;

/// <summary><c>themes list</c> and <c>--help</c> on every new command.</summary>
public sealed class ThemesAndHelpTests : IDisposable
{
    private readonly HomeRig _rig = new();

    [Fact]
    public void Themes_list_shows_each_theme_with_a_coloured_sample()
    {
        var result = _rig.Run("themes", "list");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("* default                 \u001b[38;2;97;175;239mprimary\u001b[0m", result.Stdout, StringComparison.Ordinal);
        foreach (var name in new[] { "minimal", "nord", "dracula", "gruvbox", "catppuccin-mocha" })
        {
            Assert.Contains($"\n  {name} ", result.Stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Themes_list_includes_user_themes_and_honours_no_color()
    {
        var themes = Path.Join(_rig.Home, ".config", "linesmith", "themes");
        Directory.CreateDirectory(themes);
        File.WriteAllText(Path.Join(themes, "sunset.toml"), "primary = \"#ff8800\"\n");
        _rig.Environment["NO_COLOR"] = "1";

        var result = _rig.Run("themes", "list");

        Assert.Contains("  sunset (user)           primary accent ok warning critical info muted\n", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", result.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Usage:\n  linesmith install [--settings PATH] [--refresh N] [--force]", "install", "--help")]
    [InlineData("Usage:\n  linesmith uninstall [--settings PATH] [--force]", "uninstall", "-h")]
    [InlineData("Usage:\n  linesmith doctor [--json] [--online]", "doctor", "--help")]
    [InlineData("Usage:\n  linesmith init [--preset NAME] [--force] [--config PATH]", "init", "--help")]
    [InlineData("Usage:\n  linesmith themes list", "themes", "--help")]
    [InlineData("Usage:\n  linesmith themes list", "themes", "list", "--help")]
    [InlineData("Usage:\n  linesmith presets list", "presets", "--help")]
    [InlineData("Usage:\n  linesmith presets apply NAME [--force] [--config PATH]", "presets", "apply", "--help")]
    public void Every_command_has_help(string start, params string[] arguments)
    {
        var result = _rig.Run(arguments);

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith(start, result.Stdout, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_rig.ClaudeDir));
    }

    [Theory]
    [InlineData("themes")]
    [InlineData("themes", "show")]
    [InlineData("themes", "list", "--all")]
    [InlineData("uninstall", "--refresh", "5")]
    public void Wrong_usage_exits_2(params string[] arguments)
    {
        var result = _rig.Run(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Run 'linesmith --help' for usage.", result.Stderr, StringComparison.Ordinal);
    }

    public void Dispose() => _rig.Dispose();
}
