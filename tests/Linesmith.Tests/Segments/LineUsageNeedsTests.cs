using System.Text;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Tests.TestSupport;
using Linesmith.Tests.Usage.Cascade;
using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Segments;

/// <summary>
/// The line asks the usage cascade for the union of its segments' needs and nothing when it has no
/// usage segment (issue 13 item 3), rendered here against a real cascade over a temporary cache
/// root, with the same wiring as <c>RenderCommand.ResolveUsage</c>.
/// </summary>
public sealed class LineUsageNeedsTests : IDisposable
{
    private const string NoRateLimits = """{"model":{"display_name":"Opus"},"cost":{"total_cost_usd":1.5},"context_window":{"used_percentage":42}}""";

    private const string StdinFiveHour = """{"model":{"display_name":"Opus"},"rate_limits":{"five_hour":{"used_percentage":22.5,"resets_at":1776632400}}}""";

    private readonly CascadeRig _rig = new();

    public void Dispose() => _rig.Dispose();

    [Fact]
    public void A_line_without_usage_segments_never_touches_the_cache_or_the_endpoint()
    {
        var (line, asked) = Render("""["model", "context_window", "cost", "spend_limit", "tokens_total"]""", NoRateLimits);

        Assert.Equal("Opus · ctx: 42% · $1.50", line);
        Assert.Null(asked);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
        Assert.False(Directory.Exists(_rig.Root));
    }

    [Fact]
    public void A_line_with_only_five_hour_segments_asks_only_for_the_five_hour_window()
    {
        var (line, asked) = Render("""["model", "rate_limit_5h", "rate_limit_5h_reset"]""", NoRateLimits);

        Assert.Equal(UsageNeeds.FiveHour, asked?.Needs);
        Assert.Equal(1, _rig.Transport.Calls);
        Assert.Equal("Opus · 5h: 42.0% · 5h reset: 2hr", line);
    }

    [Fact]
    public void Stdin_that_carries_the_five_hour_window_answers_the_line_alone()
    {
        var (line, asked) = Render("""["model", "rate_limit_5h", "rate_limit_5h_reset"]""", StdinFiveHour);

        Assert.Equal("Opus · 5h: 22.5% · 5h reset: 3hr", line);
        Assert.Null(asked);
        Assert.Equal((0, 0), (_rig.Transport.Calls, _rig.Credentials.Calls));
        Assert.False(Directory.Exists(_rig.Root));
    }

    /// <summary>
    /// The bug the union fixed: the render used to lay stdin's windows over the cascade's failed
    /// result, which turned the error into data without extra usage, so <c>extra_usage</c> hid.
    /// </summary>
    [Fact]
    public void A_failed_cascade_shows_its_error_beside_stdin_windows()
    {
        _rig.Credentials = FakeCredentials.None();

        var (line, asked) = Render("""["rate_limit_5h", "extra_usage"]""", StdinFiveHour);

        Assert.Equal(UsageNeeds.FiveHour | UsageNeeds.ExtraUsage, asked?.Needs);
        Assert.Equal("5h: 22.5% · extra: [No credentials]", line);
    }

    [Fact]
    public void The_needs_are_the_union_over_every_line()
    {
        var (_, asked) = Render("""["rate_limit_7d"]""", NoRateLimits, secondLine: """["extra_usage", "model"]""");

        Assert.Equal(UsageNeeds.SevenDay | UsageNeeds.ExtraUsage, asked?.Needs);
    }

    private (string Line, UsageQuery? Asked) Render(string segments, string payloadJson, string? secondLine = null)
    {
        var toml = secondLine is null ? $"[line]\nsegments = {segments}\n" : $"[line.1]\nsegments = {segments}\n[line.2]\nsegments = {secondLine}\n";
        var config = LinesmithConfig.From(ConfigFile.Parse(toml, "config.toml"), EnvironmentSnapshot.Empty);
        var builder = new LineBuilder(config);
        var payload = PayloadReader.TryParse(Encoding.UTF8.GetBytes(payloadJson), out var problem) ?? throw new InvalidOperationException(problem);
        var needs = builder.NeedsFor(payload);
        var cascade = _rig.NewProcess();
        UsageQuery? asked = null;
        var context = new SegmentContext(payload, _rig.Clock, TimeZoneInfo.Utc, () =>
        {
            asked = new UsageQuery(needs, FetchMode.Wait);
            return UsageView.From(cascade.Resolve(asked), _rig.Clock.GetUtcNow(), TimeSpan.FromMinutes(15));
        });
        var lines = builder.Render(context, new AnsiWriter(BuiltInThemes.Default, ColorDepth.None), null, (id, exception) => throw new InvalidOperationException(id, exception));
        return (string.Join('\n', lines), asked);
    }
}
