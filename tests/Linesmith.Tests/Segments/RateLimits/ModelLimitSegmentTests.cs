using Linesmith.Input.Payload;
using Linesmith.Segments;
using Linesmith.Segments.RateLimits;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary><c>rate_limit_7d_model</c>: docs/spec/usage-endpoint.md#response, docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md items 69 to 71.</summary>
public sealed class ModelLimitSegmentTests
{
    private const string Id = "rate_limit_7d_model";

    private const string Fable82 = """{"kind":"weekly_scoped","percent":82,"scope":{"model":{"display_name":"Fable"}}}""";

    private static string Scoped(string name, double percent, string extra = "") =>
        "{\"kind\":\"weekly_scoped\",\"percent\":" + percent.ToString(System.Globalization.CultureInfo.InvariantCulture)
        + "," + extra + "\"scope\":{\"model\":{\"display_name\":\"" + name + "\"}}}";

    private static SegmentHarness With(string? modelId, params string[] limits) => new()
    {
        Payload = new StatusPayload { Model = modelId is null ? null : new ModelInfo { Id = modelId } },
        Usage = SegmentHarness.EndpointJson($$"""{"limits":[{{string.Join(",", limits)}}]}"""),
    };

    [Fact]
    public void Item69_the_session_family_matches_the_model_name()
    {
        Assert.Equal("Fable: 82.0%", With("claude-fable-5", Fable82).Text(Id));
    }

    [Fact]
    public void Item69_a_bracket_suffix_is_ignored()
    {
        Assert.Equal("Fable: 82.0%", With("claude-fable-5[1m]", Fable82).Text(Id));
    }

    [Fact]
    public void Item69_another_family_hides_in_smart_mode()
    {
        Assert.Null(With("claude-opus-5[1m]", Fable82).Render(Id));
    }

    [Fact]
    public void Item69_another_family_shows_in_always_mode()
    {
        Assert.Equal("Fable: 82.0%", With("claude-opus-5[1m]", Fable82).Text(Id, ("visibility", "always")));
    }

    [Fact]
    public void Item69_an_old_style_id_finds_its_family()
    {
        Assert.Equal("Sonnet: 40.0%", With("claude-3-5-sonnet-20241022", Scoped("Sonnet", 40)).Text(Id));
    }

    [Fact]
    public void Item70_no_model_id_hides_in_smart_mode()
    {
        Assert.Null(With(null, Fable82).Render(Id));
    }

    [Fact]
    public void Item70_no_model_id_shows_in_always_mode()
    {
        Assert.Equal("Fable: 82.0%", With(null, Fable82).Text(Id, ("visibility", "always")));
    }

    [Fact]
    public void Item70_always_shows_the_highest_percent()
    {
        var harness = With(null, Scoped("Fable", 12), Scoped("Opus", 91), Scoped("Sonnet", 55));

        Assert.Equal("Opus: 91.0%", harness.Text(Id, ("visibility", "always")));
    }

    [Fact]
    public void Always_takes_the_first_of_equal_percents()
    {
        Assert.Equal("Opus: 55.0%", With(null, Scoped("Opus", 55), Scoped("Sonnet", 55)).Text(Id, ("visibility", "always")));
    }

    [Fact]
    public void Item70_smart_takes_the_first_matching_entry()
    {
        Assert.Equal("Fable: 12.0%", With("claude-fable-5", Scoped("Fable", 12), Scoped("Fable", 82)).Text(Id));
    }

    [Fact]
    public void The_family_matches_regardless_of_ascii_case()
    {
        Assert.Equal("FABLE: 82.0%", With("claude-Fable-5", Scoped("FABLE", 82)).Text(Id));
    }

    [Fact]
    public void An_id_without_a_family_hides()
    {
        Assert.Null(With("gpt-4o", Scoped("Gpt", 82)).Render(Id));
    }

    [Fact]
    public void Item71_only_weekly_all_hides()
    {
        Assert.Null(With("claude-fable-5", """{"kind":"weekly_all","percent":50}""").Render(Id, ("visibility", "always")));
    }

    [Fact]
    public void Item71_null_limits_hide()
    {
        var harness = new SegmentHarness { Usage = SegmentHarness.EndpointJson("""{"limits":null}""") };

        Assert.Null(harness.Render(Id, ("visibility", "always"), ("label", "7dm")));
    }

    [Fact]
    public void Item71_an_unnamed_entry_hides_without_a_label()
    {
        Assert.Null(With(null, """{"kind":"weekly_scoped","percent":82}""").Render(Id, ("visibility", "always")));
    }

    [Fact]
    public void Item71_an_unnamed_entry_shows_with_a_label()
    {
        Assert.Equal("7dm: 82.0%", With(null, """{"kind":"weekly_scoped","percent":82}""").Text(Id, ("visibility", "always"), ("label", "7dm")));
    }

    [Fact]
    public void Item71_an_error_without_a_label_reads_7dm()
    {
        var harness = new SegmentHarness { Usage = UsageView.Failed("[Timeout]") };

        Assert.Equal("7dm: [Timeout]", harness.Text(Id));
    }

    [Fact]
    public void Item71_an_error_uses_the_configured_label()
    {
        var harness = new SegmentHarness { Usage = UsageView.Failed("[Timeout]") };

        Assert.Equal("weekly: [Timeout]", harness.Text(Id, ("label", "weekly")));
    }

    [Fact]
    public void Item71_invert_shows_what_is_left()
    {
        Assert.Equal("Fable: 18.0%", With("claude-fable-5", Fable82).Text(Id, ("invert", true)));
    }

    [Fact]
    public void Item71_an_inactive_match_still_renders()
    {
        Assert.Equal("Fable: 82.0%", With("claude-fable-5", Scoped("Fable", 82, "\"is_active\":false,\"severity\":\"warning\",")).Text(Id));
    }

    [Fact]
    public void A_configured_label_replaces_the_model_name()
    {
        Assert.Equal("weekly: 82.0%", With("claude-fable-5", Fable82).Text(Id, ("label", "weekly")));
    }

    [Fact]
    public void The_model_limit_has_a_bar()
    {
        Assert.Equal("Fable: ███░ 82.0%", With("claude-fable-5", Fable82).Text(Id, ("format", "progress"), ("progress_width", 4L)));
    }

    [Fact]
    public void An_unknown_visibility_warns_and_is_smart()
    {
        var harness = With("claude-opus-5", Fable82);

        Assert.Null(harness.Render(Id, ("visibility", "sometimes")));
        Assert.Equal(
            ["segments.rate_limit_7d_model.visibility: unknown value \"sometimes\"; expected smart or always; using \"smart\""],
            harness.Warnings);
    }

    [Theory]
    [InlineData("claude-fable-5", "fable")]
    [InlineData("claude-fable-5[1m]", "fable")]
    [InlineData("claude-3-5-sonnet-20241022", "sonnet")]
    [InlineData("us.anthropic.claude-opus-4-1-20250805-v1:0", "opus")]
    public void The_family_is_the_first_non_numeric_token(string id, string family)
    {
        Assert.Equal(family, ModelFamily.Of(id));
    }

    [Theory]
    [InlineData("gpt-4o")]
    [InlineData("claude-3-5")]
    [InlineData("")]
    public void Some_ids_have_no_family(string id)
    {
        Assert.Null(ModelFamily.Of(id));
    }
}
