using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.TestSupport;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>The built-in themes: the Rust original's eleven, a light and a high-contrast one, and no silent fallback.</summary>
public sealed class ThemeCatalogTests
{
    private static readonly string[] Original =
    [
        "default", "minimal", "catppuccin-latte", "catppuccin-frappe", "catppuccin-macchiato", "catppuccin-mocha",
        "dracula", "nord", "gruvbox", "tokyo-night", "rose-pine",
    ];

    [Fact]
    public void Every_theme_of_the_original_is_built_in_plus_a_light_and_a_high_contrast_one()
    {
        var names = BuiltInThemes.All.Select(theme => theme.Name).ToList();

        Assert.All(Original, name => Assert.Contains(name, names));
        Assert.Contains("github-light", names);
        Assert.Contains("high-contrast", names);
        Assert.Equal(13, names.Count);
    }

    [Theory]
    [InlineData("catppuccin-latte", 0x88, 0x39, 0xef)]
    [InlineData("catppuccin-frappe", 0xca, 0x9e, 0xe6)]
    [InlineData("catppuccin-macchiato", 0xc6, 0xa0, 0xf6)]
    [InlineData("catppuccin-mocha", 0xcb, 0xa6, 0xf7)]
    [InlineData("tokyo-night", 0xbb, 0x9a, 0xf7)]
    [InlineData("rose-pine", 0xc4, 0xa7, 0xe7)]
    public void Each_palette_keeps_its_published_purple_as_the_accent(string name, byte r, byte g, byte b)
    {
        Assert.Equal(new Rgb(r, g, b), BuiltInThemes.Find(name)!.ColorOf(StyleRole.Accent));
    }

    [Fact]
    public void Light_themes_write_dark_text_and_dark_themes_light_text()
    {
        foreach (var name in new[] { "catppuccin-latte", "github-light" })
        {
            var theme = BuiltInThemes.Find(name)!;
            Assert.True(Luma(theme.ColorOf(StyleRole.Foreground)!.Value) < Luma(theme.Background!.Value), name);
        }

        foreach (var name in new[] { "catppuccin-mocha", "tokyo-night", "rose-pine", "high-contrast" })
        {
            var theme = BuiltInThemes.Find(name)!;
            Assert.True(Luma(theme.ColorOf(StyleRole.Foreground)!.Value) > Luma(theme.Background!.Value), name);
        }
    }

    [Fact]
    public void The_high_contrast_theme_keeps_every_role_at_seven_to_one_against_its_background()
    {
        var theme = BuiltInThemes.Find("high-contrast")!;

        foreach (var role in Enum.GetValues<StyleRole>())
        {
            var ratio = (RelativeLuminance(theme.ColorOf(role)!.Value) + 0.05) / (RelativeLuminance(theme.Background!.Value) + 0.05);
            Assert.True(ratio >= 7, $"{role}: {ratio:F1}:1");
        }
    }

    [Fact]
    public void An_unknown_theme_is_never_a_silent_fallback_the_problem_names_it_and_the_fallback()
    {
        using var dir = new TempDir();
        var problems = new ConfigProblems();

        var theme = ThemeResolver.Resolve("solarized-dark", dir.Path, problems);

        Assert.Equal("default", theme.Name);
        var problem = Assert.Single(problems.All);
        Assert.Equal("theme", problem.KeyPath);
        Assert.Equal("unknown theme 'solarized-dark'; using 'default'", problem.Message);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("minimal")]
    [InlineData("nord")]
    [InlineData("dracula")]
    [InlineData("gruvbox")]
    [InlineData("catppuccin-mocha")]
    [InlineData("catppuccin-macchiato")]
    [InlineData("catppuccin-frappe")]
    [InlineData("catppuccin-latte")]
    [InlineData("tokyo-night")]
    [InlineData("rose-pine")]
    [InlineData("github-light")]
    [InlineData("high-contrast")]
    public void Every_theme_renders_the_same_text_in_every_colour_depth(string name)
    {
        var config = $"theme = \"{name}\"\n";
        var plain = Render("full.json", config);

        foreach (var depth in new[] { ColorDepth.Basic16, ColorDepth.Indexed256, ColorDepth.TrueColor })
        {
            var line = Render("full.json", config, depth);
            Assert.Equal(plain, System.Text.RegularExpressions.Regex.Replace(line, "\u001B\\[[0-9;]*m", string.Empty));
        }
    }

    [Fact]
    public void A_user_theme_may_set_the_background_that_filled_blocks_write_their_text_in()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir.Join("themes"));
        File.WriteAllText(dir.Join("themes", "mine.toml"), "background = \"#102030\"\n");
        var problems = new ConfigProblems();

        Assert.Equal(new Rgb(0x10, 0x20, 0x30), ThemeResolver.Resolve("mine", dir.Path, problems).Background);
        Assert.Empty(problems.All);
    }

    private static double Luma(Rgb color) => (0.2126 * color.R) + (0.7152 * color.G) + (0.0722 * color.B);

    private static double RelativeLuminance(Rgb color)
    {
        static double Channel(byte value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(color.R)) + (0.7152 * Channel(color.G)) + (0.0722 * Channel(color.B));
    }
}
