using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Tests.Rendering;

/// <summary>Which segments a <see cref="StatusLine"/> builds from the configured lines, and what it reports.</summary>
public sealed class StatusLineSegmentTests
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

        _ = new StatusLine(config, SegmentRegistry.All);

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

        _ = new StatusLine(config, registry);

        Assert.Equal(["model", "cost", "workspace"], built);
    }

    [Fact]
    public void Without_configured_lines_the_default_segments_and_the_stdin_rate_limits_are_built()
    {
        var config = Config(string.Empty);
        var built = new List<string>();
        var registry = Recording(built);

        _ = new StatusLine(config, registry);

        Assert.Equal([.. StatusLine.DefaultSegments, "rate_limit_5h", "rate_limit_7d"], built);
        Assert.Empty(config.Problems.All);
    }

    // The built-in registry, noting each segment id it builds.
    private static Dictionary<string, SegmentFactory> Recording(List<string> built) => SegmentRegistry.All.ToDictionary(
        pair => pair.Key,
        pair => (SegmentFactory)(settings =>
        {
            built.Add(pair.Key);
            return pair.Value(settings);
        }),
        StringComparer.Ordinal);

    private static LinesmithConfig Config(string toml) => LinesmithConfig.From(ConfigFile.Parse(toml, "config.toml"), EnvironmentSnapshot.Empty);
}
