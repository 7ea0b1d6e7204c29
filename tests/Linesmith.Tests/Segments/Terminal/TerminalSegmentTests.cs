using Linesmith.Platform;

namespace Linesmith.Tests.Segments.Terminal;

/// <summary><c>env</c>, <c>terminal_width</c> and <c>custom_text</c> (issue 14): what the config names, nothing else.</summary>
public sealed class TerminalSegmentTests
{
    private const string Payload = "{}";

    private static SegmentLine With(params (string Name, string Value)[] variables) => new() { Environment = EnvironmentSnapshot.Of(variables) };

    [Fact]
    public void Env_shows_the_named_variable_with_its_name_as_the_label()
    {
        Assert.Equal("AWS_PROFILE: prod", With(("AWS_PROFILE", "prod")).Segment(Payload, "env", "name = \"AWS_PROFILE\""));
        Assert.Equal("☁ prod", With(("AWS_PROFILE", "prod")).Segment(Payload, "env", "name = \"AWS_PROFILE\"\nlabel = \"\"\nicon = \"☁\""));
    }

    [Fact]
    public void Env_without_a_name_shows_nothing_whatever_the_environment_holds()
    {
        Assert.Equal(string.Empty, With(("SECRET", "s3cr3t"), ("", "x")).Segment(Payload, "env"));
        Assert.Equal(string.Empty, With(("SECRET", "s3cr3t")).Segment(Payload, "env", "name = \"\""));
    }

    [Theory]
    [InlineData("A=B")]
    [InlineData("1PATH")]
    [InlineData("PATH\u001B[2J")]
    [InlineData("*")]
    public void Env_refuses_a_name_that_is_no_variable_name(string name)
    {
        var line = With(("PATH", "/bin"), ("A", "x"));
        Assert.Equal(string.Empty, line.Segment(Payload, "env", $"name = \"{name.Replace("\u001B", "\\u001B", StringComparison.Ordinal)}\""));
        Assert.Contains(line.Problems.All, problem => problem.KeyPath == "segments.env.name");
    }

    [Fact]
    public void Env_hides_an_unset_or_empty_variable()
    {
        Assert.Equal(string.Empty, With(("OTHER", "x")).Segment(Payload, "env", "name = \"AWS_PROFILE\""));
        Assert.Equal(string.Empty, With(("AWS_PROFILE", "")).Segment(Payload, "env", "name = \"AWS_PROFILE\""));
    }

    [Fact]
    public void Env_strips_escape_sequences_and_cuts_a_huge_value()
    {
        Assert.Equal("V: redgone", With(("V", "\u001B[31mred\u001B]0;title\u0007gone")).Segment(Payload, "env", "name = \"V\""));
        Assert.Equal("V: " + new string('x', 256), With(("V", new string('x', 100_000))).Segment(Payload, "env", "name = \"V\""));
    }

    [Theory]
    [InlineData("120", "cols: 120")]
    [InlineData("1", "cols: 1")]
    [InlineData("0", "")]
    [InlineData("-1", "")]
    [InlineData("1e3", "")]
    [InlineData("abc", "")]
    [InlineData("9223372036854775807", "")]
    public void Terminal_width_reads_columns_within_the_layouts_range(string columns, string expected)
    {
        Assert.Equal(expected, With(("COLUMNS", columns)).Segment(Payload, "terminal_width"));
    }

    [Fact]
    public void Terminal_width_is_hidden_without_columns()
    {
        Assert.Equal(string.Empty, With().Segment(Payload, "terminal_width"));
    }

    [Fact]
    public void Custom_text_shows_its_text_sanitised_and_hides_when_empty()
    {
        var line = new SegmentLine();
        Assert.Equal("☕ focus", line.Segment(Payload, "custom_text", "text = \"☕ focus\""));
        Assert.Equal("note: xy", line.Segment(Payload, "custom_text", "text = \"x\\u001b[2Jy\"\nlabel = \"note\""));
        Assert.Equal(string.Empty, line.Segment(Payload, "custom_text"));
    }
}
