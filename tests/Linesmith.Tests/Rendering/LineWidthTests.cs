using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>The cells Claude Code shows: <c>COLUMNS − 4 − 2 × statusLine.padding</c> (measured with 2.1.332).</summary>
public sealed class LineWidthTests
{
    [Theory]
    [InlineData("80", 0, 76)]
    [InlineData("80", 1, 74)]
    [InlineData("80", 2, 72)]
    [InlineData("50", 8, 30)]
    [InlineData("4", 0, 1)]
    [InlineData("2147483647", 0, 2147483643)]
    [InlineData("6", 100, 1)]
    public void The_line_gets_columns_less_four_less_twice_the_padding_and_at_least_one_cell(string columns, int padding, int cells)
    {
        Assert.Equal(cells, LineWidth.Cells(columns, padding));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("-80")]
    [InlineData("80x")]
    [InlineData("1e3")]
    [InlineData("99999999999")]
    public void Without_a_usable_columns_there_is_no_limit(string? columns)
    {
        Assert.Null(LineWidth.Cells(columns, 0));
    }

    [Theory]
    [InlineData("claude_padding = 2", 2, 0)]
    [InlineData("claude_padding = -1", 0, 1)]
    [InlineData("claude_padding = 101", 0, 1)]
    [InlineData("claude_padding = \"2\"", 0, 1)]
    public void Claude_padding_is_read_from_layout_options_and_a_bad_value_warns(string line, int expected, int problems)
    {
        var config = LinesmithConfig.From(ConfigFile.Parse("[layout_options]\n" + line, "config.toml"), EnvironmentSnapshot.Empty);

        Assert.Equal(expected, config.ClaudePadding);
        Assert.Equal(problems, config.Problems.All.Count);
    }
}
