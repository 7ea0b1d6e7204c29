using Linesmith.Config;
using Linesmith.Editing;
using Linesmith.Platform;

namespace Linesmith.Tests.Editing;

/// <summary>
/// Edits keep every byte they do not change (issue 15: "keeping the user's comments and formatting
/// for everything not edited"): each test compares the whole text before and after.
/// </summary>
public sealed class ConfigDocumentTests
{
    private const string Commented = """
        # my statusline, tuned by hand
        theme = "nord"   # the blue one

        [line]
        # the essentials
        segments = ["model", "cost"]  # short

        [layout_options]
        separator = " | "
        color = 'auto'

        # five-hour limit as a bar
        [segments.rate_limit_5h]
        format   =   "progress"
        progress_width = 0x0a
        """;

    private static ConfigDocument Open(string text) => ConfigDocument.Parse(text, out var error) ?? throw new InvalidOperationException(error);

    [Fact]
    public void Changing_the_theme_replaces_only_its_value()
    {
        var edited = Open(Commented).With(string.Empty, "theme", TomlLiteral.String("dracula"), out _)!;

        Assert.Equal(Commented.Replace("theme = \"nord\"", "theme = \"dracula\"", StringComparison.Ordinal), edited.Text);
    }

    [Fact]
    public void A_new_option_goes_after_the_tables_last_key_and_everything_else_stays()
    {
        var edited = Open(Commented).With("layout_options", "links", TomlLiteral.String("never"), out _)!;

        Assert.Equal(Commented.Replace("color = 'auto'\n", "color = 'auto'\nlinks = \"never\"\n", StringComparison.Ordinal), edited.Text);
    }

    [Fact]
    public void A_new_table_is_appended_with_a_blank_line_before_it()
    {
        var edited = Open(Commented).With("segments.cost", "icon", TomlLiteral.String("$"), out _)!;

        Assert.Equal(Commented + "\n\n[segments.cost]\nicon = \"$\"\n", edited.Text);
        Assert.Equal("$", Values(edited)["segments"] is IReadOnlyDictionary<string, object?> s && s["cost"] is IReadOnlyDictionary<string, object?> c ? c["icon"] : null);
    }

    [Fact]
    public void A_top_level_key_in_a_file_without_any_goes_before_the_first_table()
    {
        const string Text = "[line]\nsegments = [\"model\"]\n";
        var edited = Open(Text).With(string.Empty, "theme", TomlLiteral.String("gruvbox"), out _)!;

        Assert.Equal("theme = \"gruvbox\"\n[line]\nsegments = [\"model\"]\n", edited.Text);
    }

    [Fact]
    public void An_empty_file_gets_just_the_key()
    {
        Assert.Equal("theme = \"nord\"\n", ConfigDocument.Empty.With(string.Empty, "theme", "\"nord\"", out _)!.Text);
    }

    [Fact]
    public void One_line_edited_in_place_keeps_the_comments_inside_its_table()
    {
        var lines = new[] { new[] { LineItem.Segment("model"), LineItem.Literal(" :: "), LineItem.Segment("rate_limit_5h") } };
        var edited = Open(Commented).WithLines(lines, out _)!;

        Assert.Equal(Commented.Replace("segments = [\"model\", \"cost\"]", "segments = [\"model\", { type = \"separator\", character = \" :: \" }, \"rate_limit_5h\"]", StringComparison.Ordinal), edited.Text);
        Assert.Equal(lines, LinesmithConfig.From(ConfigFile.Parse(edited.Text, "t"), EnvironmentSnapshot.Empty).Lines);
    }

    [Fact]
    public void Going_from_one_line_to_two_rewrites_only_the_line_table()
    {
        var lines = new[] { new[] { LineItem.Segment("model") }, new[] { LineItem.Segment("rate_limit_5h"), LineItem.Segment("rate_limit_7d") } };
        var edited = Open(Commented).WithLines(lines, out _)!;

        var expected = Commented.Replace(
            "[line]\n# the essentials\nsegments = [\"model\", \"cost\"]  # short\n",
            "[line.1]\nsegments = [\"model\"]\n\n[line.2]\nsegments = [\"rate_limit_5h\", \"rate_limit_7d\"]\n",
            StringComparison.Ordinal);
        Assert.Equal(expected, edited.Text);
        Assert.Equal(lines, LinesmithConfig.From(ConfigFile.Parse(edited.Text, "t"), EnvironmentSnapshot.Empty).Lines);
    }

    [Fact]
    public void Removing_a_key_removes_its_whole_line_only()
    {
        var edited = Open(Commented).Without("segments.rate_limit_5h", "progress_width");

        Assert.Equal(Commented.Replace("progress_width = 0x0a", string.Empty, StringComparison.Ordinal), edited.Text);
    }

    [Fact]
    public void A_table_written_inline_is_refused_and_left_to_the_person()
    {
        const string Inline = "segments = { cost = { icon = \"$\" } }\n";
        var edited = Open(Inline).With("segments.cost", "icon", "\"€\"", out var error);

        Assert.Null(edited);
        Assert.Contains("edit the file by hand", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" and backslash \\")]
    [InlineData("tab\tnewline\nescape\u001b[31mdel\u007f")]
    [InlineData("emoji 🦀 and CJK 漢字")]
    public void Any_text_value_round_trips_through_the_written_toml(string value)
    {
        var edited = ConfigDocument.Empty.With("layout_options", "separator", TomlLiteral.String(value), out _)!;

        Assert.Equal(value, ((IReadOnlyDictionary<string, object?>)Values(edited)["layout_options"]!)["separator"]);
    }

    [Fact]
    public void Invalid_toml_is_not_opened_and_says_where()
    {
        Assert.Null(ConfigDocument.Parse("theme = \n", out var error));
        Assert.Contains("(1,", error, StringComparison.Ordinal);
    }

    private static IReadOnlyDictionary<string, object?> Values(ConfigDocument document) => ConfigFile.Parse(document.Text, "t").Root;
}
