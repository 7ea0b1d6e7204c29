using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Tests.Rendering;

/// <summary>The cells Claude Code shows: <c>COLUMNS − 4 − 2 × statusLine.padding</c> (measured with 2.1.332).</summary>
public sealed class LineWidthTests
{
    [Theory]
    [InlineData(80, 0, 76)]
    [InlineData(80, 1, 74)]
    [InlineData(80, 2, 72)]
    [InlineData(50, 8, 30)]
    [InlineData(4, 0, 1)]
    [InlineData(65_535, 0, 65_531)]
    [InlineData(6, 100, 1)]
    public void The_line_gets_columns_less_four_less_twice_the_padding_and_at_least_one_cell(int columns, int padding, int cells)
    {
        Assert.Equal(cells, LineWidth.Cells(columns, padding));
    }

    [Fact]
    public void Without_columns_there_is_no_limit()
    {
        Assert.Null(LineWidth.Cells(null, 0));
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
