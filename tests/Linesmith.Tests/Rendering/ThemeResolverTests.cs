using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Rendering;

/// <summary>Built-in and user themes.</summary>
public sealed class ThemeResolverTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("default")]
    [InlineData("minimal")]
    [InlineData("nord")]
    [InlineData("dracula")]
    [InlineData("gruvbox")]
    [InlineData("catppuccin-mocha")]
    public void Every_built_in_theme_resolves_without_a_problem(string name)
    {
        var problems = new ConfigProblems();

        Assert.Equal(name, ThemeResolver.Resolve(name, _dir.Path, problems).Name);
        Assert.Empty(problems.All);
    }

    [Fact]
    public void An_unknown_theme_warns_and_uses_the_default()
    {
        var problems = new ConfigProblems();

        Assert.Equal("default", ThemeResolver.Resolve("neon", _dir.Path, problems).Name);
        Assert.Equal("unknown theme 'neon'; using 'default'", Assert.Single(problems.All).Message);
    }

    [Fact]
    public void A_user_theme_sets_roles_and_keeps_the_default_for_the_rest()
    {
        Directory.CreateDirectory(_dir.Join("themes"));
        File.WriteAllText(_dir.Join("themes", "mine.toml"), "[roles]\nprimary = \"#102030\"\ncritical = \"nope\"\n");
        var problems = new ConfigProblems();

        var theme = ThemeResolver.Resolve("mine", _dir.Path, problems);

        Assert.Equal(new Rgb(0x10, 0x20, 0x30), theme.ColorOf(StyleRole.Primary));
        Assert.Equal(BuiltInThemes.Default.ColorOf(StyleRole.Critical), theme.ColorOf(StyleRole.Critical));
        Assert.Contains("'nope' is not a #rrggbb colour", Assert.Single(problems.All).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_theme_may_shadow_a_built_in_one()
    {
        Directory.CreateDirectory(_dir.Join("themes"));
        File.WriteAllText(_dir.Join("themes", "nord.toml"), "primary = \"#ffffff\"\n");

        Assert.Equal(new Rgb(255, 255, 255), ThemeResolver.Resolve("nord", _dir.Path, new ConfigProblems()).ColorOf(StyleRole.Primary));
    }

    [Fact]
    public void A_theme_name_with_a_path_is_never_read_from_disk()
    {
        File.WriteAllText(_dir.Join("evil.toml"), "primary = \"#ffffff\"\n");
        var problems = new ConfigProblems();

        Assert.Equal("default", ThemeResolver.Resolve("../evil", _dir.Join("sub"), problems).Name);
    }
}
