using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Segments;

namespace Linesmith.Tests.Segments;

/// <summary>Which segments a <see cref="LineBuilder"/> builds from the configured lines, and what it reports.</summary>
public sealed class LineBuilderTests
{
    [Fact]
    public void An_unknown_segment_named_on_two_lines_is_reported_once()
    {
        var config = Config("""
            [line.1]
            segments = ["model", "nonsense"]
            [line.2]
            segments = ["nonsense", "cost"]
            """);

        _ = new LineBuilder(config);

        var problem = Assert.Single(config.Problems.All);
        Assert.Contains("unknown segment 'nonsense'", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_segment_named_twice_is_built_once_and_every_named_segment_is_built()
    {
        var config = Config("""
            [line.1]
            segments = ["model", "cost"]
            [line.2]
            segments = ["cost", "workspace"]
            """);
        var built = new List<string>();
        var registry = Recording(built);

        _ = new LineBuilder(config, registry);

        Assert.Equal(["model", "cost", "workspace"], built);
    }

    [Fact]
    public void Without_configured_lines_the_default_segments_and_the_stdin_rate_limits_are_built()
    {
        var config = Config(string.Empty);
        var built = new List<string>();
        var registry = Recording(built);

        _ = new LineBuilder(config, registry);

        Assert.Equal(SegmentTable.DefaultLine, built);
        Assert.Empty(config.Problems.All);
    }

    [Fact]
    public void The_table_of_a_segment_not_on_the_line_is_checked_as_if_it_were_built()
    {
        var config = Config("""
            [line]
            segments = ["model"]
            [segments.pr]
            link = false
            shiny = true
            [segments.rate_limit_5h]
            thresholds = { green = 10, yellow = 20 }
            label = "five"
            format = "pie"
            """);

        _ = new LineBuilder(config);

        Assert.Equal(
            ["segments.pr.shiny: unknown key; ignored", "segments.rate_limit_5h.format: unknown value \"pie\"; expected percent or progress; using \"percent\""],
            config.Problems.All.Select(problem => problem.ToString()).Order(StringComparer.Ordinal));
    }

    // The segment table, noting each segment id it builds.
    private static SegmentDefinition[] Recording(List<string> built) =>
        SegmentTable.Rows.Select(row => row with
        {
            Create = settings =>
            {
                built.Add(row.Id);
                return row.Create(settings);
            },
        }).ToArray();

    private static LinesmithConfig Config(string toml) => LinesmithConfig.From(ConfigFile.Parse(toml, "config.toml"), EnvironmentSnapshot.Empty);
}
