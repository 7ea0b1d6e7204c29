using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Config;

/// <summary>Loading config.toml (docs/spec/config.md): lookup order, invalid TOML, unknown keys, wrong types.</summary>
public sealed class ConfigFileTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Write(string relative, string text)
    {
        var path = _dir.Join(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private UserDirectories Directories(params (string, string)[] extra) => UserDirectories.From(Env(extra));

    private EnvironmentSnapshot Env(params (string, string)[] extra) =>
        EnvironmentSnapshot.Of([("HOME", _dir.Join("home")), .. extra]);

    [Fact]
    public void The_command_line_path_wins_over_everything()
    {
        var explicitPath = Write("explicit.toml", "theme = \"nord\"");
        Write("env.toml", "theme = \"dracula\"");

        var located = ConfigLocator.Locate(explicitPath, Directories(("LINESMITH_CONFIG", _dir.Join("env.toml"))));

        Assert.Equal((explicitPath, true), located);
    }

    [Fact]
    public void Linesmith_config_wins_over_the_xdg_and_home_files()
    {
        var envPath = Write("env.toml", "");
        Write("xdg/linesmith/config.toml", "");

        Assert.Equal((envPath, true), ConfigLocator.Locate(null, Directories(("LINESMITH_CONFIG", envPath), ("XDG_CONFIG_HOME", _dir.Join("xdg")))));
    }

    [Fact]
    public void Xdg_config_home_wins_over_home()
    {
        var xdg = Write("xdg/linesmith/config.toml", "");
        Write("home/.config/linesmith/config.toml", "");

        Assert.Equal((xdg, false), ConfigLocator.Locate(null, Directories(("XDG_CONFIG_HOME", _dir.Join("xdg")))));
    }

    [Fact]
    public void Home_dot_config_is_the_last_place_looked()
    {
        var home = Write("home/.config/linesmith/config.toml", "");

        Assert.Equal((home, false), ConfigLocator.Locate(null, Directories(("XDG_CONFIG_HOME", _dir.Join("empty-xdg")))));
    }

    [Fact]
    public void A_relative_command_line_path_is_the_users_choice_and_resolves_against_the_current_directory()
    {
        Assert.Equal(("rel.toml", true), ConfigLocator.Locate("rel.toml", UserDirectories.From(Env(("LINESMITH_CONFIG", "/elsewhere.toml")))));
    }

    [Fact]
    public void No_file_anywhere_means_the_built_in_defaults()
    {
        Assert.Null(ConfigLocator.Locate(null, UserDirectories.From(Env())));
        var config = LinesmithConfig.From(ConfigFile.Load(null, UserDirectories.From(Env())), Env());
        Assert.Null(config.Lines);
        Assert.Equal("default", config.Theme);
        Assert.Empty(config.Problems.All);
    }

    [Fact]
    public void A_named_file_that_does_not_exist_is_a_problem_and_the_defaults_apply()
    {
        var file = ConfigFile.Load(_dir.Join("missing.toml"), UserDirectories.From(Env()));

        var problem = Assert.Single(file.Problems.All);
        Assert.Contains("file not found", problem.Message, StringComparison.Ordinal);
        Assert.Empty(file.Root);
    }

    [Fact]
    public void Invalid_toml_is_reported_with_line_and_column()
    {
        var file = ConfigFile.Parse("theme = \"nord\"\n[line]\nsegments = \n", "config.toml");

        var problem = Assert.Single(file.LocatedProblems());
        Assert.Equal(3, problem.Line);
        Assert.Equal(12, problem.Column);
        Assert.StartsWith("invalid TOML: ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_keys_warn_with_their_location()
    {
        var file = ConfigFile.Parse("theme = \"nord\"\ncolour = \"red\"\n[segments.cost]\nlabel = \"$\"\nshiny = true\n", "config.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        _ = new Linesmith.Segments.LineBuilder(config);

        var problems = file.LocatedProblems().Select(p => p.ToString()).ToList();

        Assert.Contains("(2,1) colour: unknown key; ignored", problems);
        Assert.Contains("(5,1) segments.cost.shiny: unknown key; ignored", problems);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void The_originals_merge_and_group_and_other_unread_keys_of_an_inline_item_warn_by_name_with_their_location()
    {
        var file = ConfigFile.Parse(
            "[line]\nsegments = [\n  { type = \"model\", merge = true },\n  { type = \"separator\", character = \"|\", group = true },\n  { type = \"flex\", colour = \"red\" },\n]\n",
            "config.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);

        var problems = file.LocatedProblems().Select(p => p.ToString()).ToList();

        Assert.Equal(3, config.Lines![0].Count);
        Assert.Equal(3, problems.Count);
        Assert.StartsWith("(3,", problems[0], StringComparison.Ordinal);
        Assert.Contains("line.segments[0].merge: 'merge' is not supported", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("(4,", problems[1], StringComparison.Ordinal);
        Assert.Contains("line.segments[1].group: 'group' is not supported", problems[1], StringComparison.Ordinal);
        Assert.StartsWith("(5,", problems[2], StringComparison.Ordinal);
        Assert.EndsWith("line.segments[2].colour: unknown key; ignored", problems[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("neon", null, "(1,1) theme: unknown theme 'neon'; using 'default'")]
    [InlineData("nord", "neon", "LINESMITH_THEME: unknown theme 'neon'; using 'default'")]
    [InlineData("neon", "nord", null)]
    public void An_unknown_theme_warns_where_it_was_named_the_config_key_or_the_environment(string inFile, string? inEnvironment, string? expected)
    {
        var file = ConfigFile.Parse($"theme = \"{inFile}\"\n", "config.toml");
        var config = LinesmithConfig.From(file, inEnvironment is null ? EnvironmentSnapshot.Empty : EnvironmentSnapshot.Of(("LINESMITH_THEME", inEnvironment)));

        _ = Linesmith.Rendering.ThemeResolver.Resolve(config.Theme, _dir.Path, config.Problems, config.ThemeSource);

        Assert.Equal(expected is null ? [] : [expected], file.LocatedProblems().Select(p => p.ToString()));
    }

    [Fact]
    public void A_wrong_type_warns_and_keeps_the_default()
    {
        var file = ConfigFile.Parse("theme = 5\n[layout_options]\ncolor = \"sometimes\"\n", "config.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);

        Assert.Equal("default", config.Theme);
        Assert.Equal(ColorMode.Auto, config.Color);
        Assert.Equal(
            ["(1,1) theme: expected a string, found an integer; using the default", "(3,1) layout_options.color: unknown value 'sometimes' (expected auto, always or never); using auto"],
            file.LocatedProblems().Select(p => p.ToString()));
    }

    [Fact]
    public void Line_segments_take_ids_and_inline_separators()
    {
        var file = ConfigFile.Parse("[line]\nsegments = [\"model\", { type = \"separator\", character = \" | \" }, \"cost\", 42]\n", "c.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);

        Assert.Equal([LineItem.Segment("model"), LineItem.Literal(" | "), LineItem.Segment("cost")], config.Lines![0]);
        Assert.Equal("line.segments[3]", Assert.Single(file.Problems.All).KeyPath);
    }

    [Fact]
    public void Numbered_line_tables_make_several_lines_in_order()
    {
        var file = ConfigFile.Parse("[line.2]\nsegments = [\"cost\"]\n[line.1]\nsegments = [\"model\"]\n", "c.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);

        Assert.Equal([[LineItem.Segment("model")], [LineItem.Segment("cost")]], config.Lines!);
    }

    [Fact]
    public void Usage_keys_are_read_and_bad_ones_warn()
    {
        var good = LinesmithConfig.From(ConfigFile.Parse("[usage]\ncache_duration = 300\napi_base_url = \"http://127.0.0.1:9\"\ntimeout = 1.5\nuser_agent = \"me/1\"\n", "c"), EnvironmentSnapshot.Empty);
        var bad = ConfigFile.Parse("[usage]\ncache_duration = -1\ntimeout = 0\n", "c");
        var badConfig = LinesmithConfig.From(bad, EnvironmentSnapshot.Empty);

        Assert.Equal(new UsageOptions(300, "http://127.0.0.1:9", 1.5, "me/1"), good.Usage);
        Assert.Equal(new UsageOptions(null, null, null, null), badConfig.Usage);
        Assert.Equal(2, bad.Problems.All.Count);
    }

    [Theory]
    [InlineData("space", " ")]
    [InlineData("powerline", " \uE0B1 ")]
    [InlineData(" | ", " | ")]
    public void Separator_accepts_names_and_literals(string value, string expected)
    {
        var config = LinesmithConfig.From(ConfigFile.Parse($"[layout_options]\nseparator = \"{value}\"\n", "c"), EnvironmentSnapshot.Empty);

        Assert.Equal(expected, config.Separator);
    }

    [Fact]
    public void A_bom_is_dropped_and_invalid_utf8_is_a_problem()
    {
        var bom = _dir.Join("bom.toml");
        File.WriteAllBytes(bom, [0xEF, 0xBB, 0xBF, .. "theme = \"nord\"\n"u8]);
        var broken = _dir.Join("broken.toml");
        File.WriteAllBytes(broken, [(byte)'a', (byte)'=', 0xFF]);

        Assert.Equal("nord", LinesmithConfig.From(ConfigFile.Read(bom), EnvironmentSnapshot.Empty).Theme);
        Assert.Contains("not valid UTF-8", Assert.Single(ConfigFile.Read(broken).Problems.All).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Linesmith_theme_overrides_the_file()
    {
        var config = LinesmithConfig.From(ConfigFile.Parse("theme = \"nord\"", "c"), EnvironmentSnapshot.Of(("LINESMITH_THEME", "gruvbox")));

        Assert.Equal("gruvbox", config.Theme);
    }
}
