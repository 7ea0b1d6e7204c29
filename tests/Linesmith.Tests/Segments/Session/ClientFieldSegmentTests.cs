using Linesmith.Input;
using Linesmith.Rendering;
using static Linesmith.Tests.Rendering.RenderHarness;

namespace Linesmith.Tests.Segments.Session;

/// <summary>The edges of the segments for the 2.1.332 fields, from small inline payloads.</summary>
public sealed class ClientFieldSegmentTests : IDisposable
{
    private readonly string _payload = Path.Join(AppContext.BaseDirectory, "Golden", "payloads", $"inline-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(_payload);

    private string Line(string json, string segment, string extra = "", ColorDepth depth = ColorDepth.None)
    {
        File.WriteAllText(_payload, json);
        return Render(Path.GetFileName(_payload), $"[line]\nsegments = [\"{segment}\"]\n{extra}", depth, now: Now);
    }

    [Theory]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":12.3}}}""", "spend: $12.30")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_percentage":80}}}""", "spend: 80.0%")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":0,"limit_usd":0}}}""", "spend: $0.00 / $0.00")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":-1,"limit_usd":50}}}""", "")]
    [InlineData("""{"rate_limits":{"spend_limit":{"period":"monthly"}}}""", "")]
    [InlineData("""{"rate_limits":{"spend_limit":"lots"}}""", "")]
    public void Spend_limit_shows_what_it_has(string json, string expected)
    {
        Assert.Equal(expected, Line(json, "spend_limit"));
    }

    [Theory]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":10,"limit_usd":100}}}""", "32")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":60,"limit_usd":100}}}""", "33")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_usd":90,"limit_usd":100}}}""", "31")]
    [InlineData("""{"rate_limits":{"spend_limit":{"used_percentage":95,"used_usd":1,"limit_usd":100}}}""", "31")]
    public void Spend_limit_is_coloured_by_the_used_share(string json, string colour)
    {
        Assert.StartsWith($"\u001B[{colour}m", Line(json, "spend_limit", depth: ColorDepth.Basic16), StringComparison.Ordinal);
    }

    [Fact]
    public void Spend_limit_percent_without_a_share_falls_back_to_dollars()
    {
        Assert.Equal("spend: $5.00", Line("""{"rate_limits":{"spend_limit":{"used_usd":5}}}""", "spend_limit", "[segments.spend_limit]\nformat = \"percent\"\n"));
        Assert.Equal("spend: 10.0%", Line("""{"rate_limits":{"spend_limit":{"used_usd":5,"limit_usd":50}}}""", "spend_limit", "[segments.spend_limit]\nformat = \"percent\"\n"));
    }

    [Theory]
    [InlineData("""{"pr":{"number":42}}""", "PR: #42")]
    [InlineData("""{"pr":{"number":42,"review_state":"APPROVED"}}""", "PR: #42 approved")]
    [InlineData("""{"pr":{"number":42.5}}""", "")]
    [InlineData("""{"pr":{"number":0}}""", "")]
    [InlineData("""{"pr":{"number":"42"}}""", "")]
    [InlineData("""{"pr":{"url":"https://github.com/a/b/pull/42"}}""", "")]
    [InlineData("""{"pr":42}""", "")]
    public void Pr_needs_a_whole_positive_number(string json, string expected)
    {
        Assert.Equal(expected, Line(json, "pr"));
    }

    [Theory]
    [InlineData("""{"prompt_cache":{"warm":false,"expires_at":9999999999,"hit_ratio":0}}""", "cache: cold hit 0%")]
    [InlineData("""{"prompt_cache":{"expires_at":1795608300}}""", "cache: warm 5m")]
    [InlineData("""{"prompt_cache":{"warm":true}}""", "cache: warm")]
    [InlineData("""{"prompt_cache":{"warm":true,"expires_at":1795608000}}""", "cache: cold")]
    [InlineData("""{"prompt_cache":{"hit_ratio":0.5}}""", "")]
    [InlineData("""{"prompt_cache":{"warm":true,"hit_ratio":1.5}}""", "cache: warm")]
    public void Prompt_cache_is_warm_only_until_it_expires(string json, string expected)
    {
        Assert.Equal(expected, Line(json, "prompt_cache"));
    }

    [Fact]
    public void An_empty_session_name_or_branch_hides()
    {
        Assert.Equal(string.Empty, Line("""{"session_name":"","worktree":{"branch":""}}""", "session_name"));
        Assert.Equal(string.Empty, Line("""{"session_name":"","worktree":{"branch":""}}""", "worktree_branch"));
        Assert.Equal("⎇ wt", Line("""{"workspace":{"git_worktree":{"name":"x","branch":"wt"}}}""", "worktree_branch"));
    }

    [Fact]
    public void Every_new_number_has_its_range()
    {
        var paths = PayloadRanges.All.Select(number => number.Path).ToList();

        Assert.Contains("prompt_cache.hit_ratio", paths);
        Assert.Contains("pr.number", paths);
        Assert.Contains("rate_limits.spend_limit.used_usd", paths);
        Assert.Contains("rate_limits.spend_limit.limit_usd", paths);
        Assert.Contains("rate_limits.spend_limit.used_percentage", paths);
    }
}
