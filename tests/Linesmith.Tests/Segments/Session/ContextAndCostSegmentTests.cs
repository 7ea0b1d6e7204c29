using Linesmith.Rendering;

namespace Linesmith.Tests.Segments.Session;

/// <summary>
/// The context and cost segments of issue 14 (<c>context_window</c>'s <c>invert</c> and <c>show_size</c>,
/// <c>auto_compact</c>, <c>cache_hit_rate</c>, <c>cost_rate</c>, <c>output_speed</c>, <c>cost</c>'s budget), from
/// the real 2.1.332 payloads and the edges.
/// </summary>
public sealed class ContextAndCostSegmentTests
{
    private static readonly SegmentLine Line = new();

    private static readonly string Startup = SegmentLine.Golden("claude-code-2.1.332/payload-1-startup-apikey.json");

    private static readonly string AfterResponse = SegmentLine.Golden("claude-code-2.1.332/payload-2-after-response-apikey.json");

    private static readonly string MidTurn = SegmentLine.Golden("claude-code-2.1.332/payload-5-midturn-worktree-ratelimits.json");

    [Theory]
    [InlineData("", "ctx: 1%")]
    [InlineData("invert = true", "ctx: 99%")]
    [InlineData("show_size = true", "ctx: 1% of 1.0M")]
    [InlineData("invert = true\nshow_size = true\nlabel = \"free\"", "free: 99% of 1.0M")]
    public void Context_window_shows_used_or_left_and_the_size(string keys, string expected)
    {
        Assert.Equal(expected, Line.Segment(AfterResponse, "context_window", keys));
    }

    [Fact]
    public void Inverted_the_colour_still_follows_the_used_share()
    {
        var colour = new SegmentLine { Depth = ColorDepth.Basic16 };
        var json = """{"context_window":{"used_percentage":90,"context_window_size":200000}}""";

        Assert.StartsWith("\u001B[31m", colour.Segment(json, "context_window", "invert = true"), StringComparison.Ordinal);
        Assert.Contains("ctx: 10%", colour.Segment(json, "context_window", "invert = true"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"context_window":{"used_percentage":42}}""", "ctx: 42%")]
    [InlineData("""{"context_window":{"used_percentage":42,"context_window_size":0}}""", "ctx: 42%")]
    [InlineData("""{"context_window":{"used_percentage":42,"context_window_size":-5}}""", "ctx: 42%")]
    [InlineData("""{"context_window":{"used_percentage":42,"context_window_size":1e300}}""", "ctx: 42%")]
    [InlineData("""{"context_window":{"used_percentage":42,"context_window_size":200000}}""", "ctx: 42% of 200k")]
    public void Show_size_adds_only_a_sensible_size(string json, string expected)
    {
        Assert.Equal(expected, Line.Segment(json, "context_window", "show_size = true"));
    }

    [Fact]
    public void Auto_compact_counts_down_from_the_window_less_the_buffer()
    {
        // 1,000,000 - 33,000 - (12 + 5,043 + 3,000).
        Assert.Equal("compact in: 958k", Line.Segment(AfterResponse, "auto_compact"));
        Assert.Equal("compact in: 990k", Line.Segment(AfterResponse, "auto_compact", "buffer = 1000"));
        Assert.Equal("compact in: 7.0k", Line.Segment("""{"context_window":{"used_percentage":80,"context_window_size":200000}}""", "auto_compact"));
    }

    [Theory]
    [InlineData("""{"context_window":{"context_window_size":200000,"current_usage":{"input_tokens":190000}}}""", "compact in: 0")]
    [InlineData("""{"context_window":{"context_window_size":20000,"current_usage":{"input_tokens":1}}}""", "compact in: 0")]
    [InlineData("""{"context_window":{"context_window_size":200000}}""", "")]
    [InlineData("""{"context_window":{"used_percentage":50}}""", "")]
    [InlineData("""{"context_window":{"context_window_size":200000,"current_usage":{"input_tokens":-5,"cache_read_input_tokens":1e300}}}""", "")]
    public void Auto_compact_edges(string json, string expected)
    {
        Assert.Equal(expected, Line.Segment(json, "auto_compact"));
    }

    [Fact]
    public void Auto_compact_is_hidden_before_the_first_response()
    {
        Assert.Equal(string.Empty, Line.Segment(Startup, "auto_compact"));
    }

    [Theory]
    [InlineData("""{"context_window":{"current_usage":{"input_tokens":0,"cache_creation_input_tokens":0,"cache_read_input_tokens":0}}}""", "")]
    [InlineData("""{"context_window":{"current_usage":{"input_tokens":10}}}""", "")]
    [InlineData("""{"context_window":{"current_usage":{"cache_read_input_tokens":10}}}""", "cache hit: 100%")]
    [InlineData("""{"context_window":{"current_usage":{"input_tokens":-3,"cache_read_input_tokens":1,"cache_creation_input_tokens":3}}}""", "cache hit: 25%")]
    public void Cache_hit_rate_edges(string json, string expected)
    {
        Assert.Equal(expected, Line.Segment(json, "cache_hit_rate"));
    }

    [Fact]
    public void Cache_hit_rate_reads_current_usage()
    {
        Assert.Equal("cache hit: 37%", Line.Segment(AfterResponse, "cache_hit_rate"));
        Assert.Equal("cache hit: 16%", Line.Segment(MidTurn, "cache_hit_rate"));
        Assert.Equal(string.Empty, Line.Segment(Startup, "cache_hit_rate"));
    }

    [Theory]
    [InlineData("""{"cost":{"total_cost_usd":2.1,"total_duration_ms":1800000}}""", "", "$4.20/h")]
    [InlineData("""{"cost":{"total_cost_usd":2.1,"total_duration_ms":240000}}""", "", "")]
    [InlineData("""{"cost":{"total_cost_usd":2.1,"total_duration_ms":240000}}""", "min_minutes = 4", "$31.50/h")]
    [InlineData("""{"cost":{"total_cost_usd":0.026,"total_duration_ms":13974}}""", "min_minutes = 0", "$6.70/h")]
    [InlineData("""{"cost":{"total_cost_usd":0,"total_duration_ms":1800000}}""", "", "")]
    [InlineData("""{"cost":{"total_cost_usd":1,"total_duration_ms":0}}""", "min_minutes = 0", "")]
    [InlineData("""{"cost":{"total_cost_usd":1e300,"total_duration_ms":1e-300}}""", "min_minutes = 0", "")]
    public void Cost_rate_waits_for_a_meaningful_span(string json, string keys, string expected)
    {
        Assert.Equal(expected, Line.Segment(json, "cost_rate", keys));
    }

    [Theory]
    [InlineData("""{"context_window":{"total_output_tokens":4200},"cost":{"total_api_duration_ms":100000}}""", "out: 42 tok/s")]
    [InlineData("""{"context_window":{"total_output_tokens":9},"cost":{"total_api_duration_ms":3080}}""", "out: 2.9 tok/s")]
    [InlineData("""{"context_window":{"total_output_tokens":0},"cost":{"total_api_duration_ms":3080}}""", "")]
    [InlineData("""{"context_window":{"total_output_tokens":9},"cost":{"total_api_duration_ms":0}}""", "")]
    [InlineData("""{"context_window":{"total_output_tokens":1e300},"cost":{"total_api_duration_ms":1}}""", "")]
    public void Output_speed_needs_output_and_api_time(string json, string expected)
    {
        Assert.Equal(expected, Line.Segment(json, "output_speed"));
    }

    [Theory]
    [InlineData(1.0, "36")]
    [InlineData(5.0, "33")]
    [InlineData(10.0, "31")]
    public void Cost_takes_the_warning_and_critical_colours_at_its_budget(double cost, string colour)
    {
        var colours = new SegmentLine { Depth = ColorDepth.Basic16 };
        var json = "{\"cost\":{\"total_cost_usd\":" + cost.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}";

        var rendered = colours.Segment(json, "cost", "warning_at = 5\ncritical_at = 10");

        Assert.StartsWith($"\u001B[{colour}m", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void Cost_without_a_budget_keeps_its_colour()
    {
        var colours = new SegmentLine { Depth = ColorDepth.Basic16 };
        Assert.Equal(colours.Segment("""{"cost":{"total_cost_usd":1e5}}""", "cost"), colours.Segment("""{"cost":{"total_cost_usd":1e5}}""", "cost", "warning_at = 0\ncritical_at = 0"));
    }
}
