using Linesmith.ClaudeCode;

namespace Linesmith.Tests.ClaudeCode;

/// <summary>The <c>statusLine.command</c> text: shell quoting and recognising linesmith.</summary>
public sealed class StatusLineCommandTests
{
    [Theory]
    [InlineData("/home/me/.local/bin/linesmith", "/home/me/.local/bin/linesmith")]
    [InlineData("/home/my user/bin/linesmith", "'/home/my user/bin/linesmith'")]
    [InlineData("/tmp/it's/linesmith", "'/tmp/it'\\''s/linesmith'")]
    public void Paths_are_quoted_only_when_the_shell_needs_it(string path, string expected)
    {
        Assert.Equal(expected, StatusLineCommand.For(path));
    }

    [Theory]
    [InlineData("/opt/bin/linesmith", true)]
    [InlineData("/opt/bin/linesmith --config ~/x.toml", true)]
    [InlineData("'/home/my user/bin/linesmith'", true)]
    [InlineData("linesmith", true)]
    [InlineData("/usr/local/bin/ls", false)]
    [InlineData("npx ccstatusline", false)]
    [InlineData("echo linesmith", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void A_command_runs_linesmith_when_its_program_is_named_linesmith(string? command, bool expected)
    {
        Assert.Equal(expected, StatusLineCommand.RunsLinesmith(command, "/home/me/.local/bin/linesmith"));
    }

    [Fact]
    public void The_exact_binary_counts_even_under_another_name()
    {
        Assert.True(StatusLineCommand.RunsLinesmith("/opt/ls-build/statusline", "/opt/ls-build/statusline"));
    }
}
