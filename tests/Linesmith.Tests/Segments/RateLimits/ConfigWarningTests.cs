using Linesmith.Segments;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>Configuration problems warn and keep the default: docs/spec/rate-limit-segments.md, docs/spec/config.md#keys, docs/spec/edge-cases.md item 72.</summary>
public sealed class ConfigWarningTests
{
    private static SegmentHarness WithBuckets()
    {
        var harness = new SegmentHarness();
        harness.Usage = UsageView.FromEndpoint(new UsageData(
            FiveHour: new UsageBucket(50f, harness.NowInstant + TimeSpan.FromMinutes(45)),
            ExtraUsage: new ExtraUsage(true, 40f, 10_000, 4_000, null)));
        return harness;
    }

    [Fact]
    public void Item72_a_bad_format_keeps_the_default()
    {
        Assert.Equal("5h: 50.0%", WithBuckets().Text("rate_limit_5h", ("format", "pie")));
    }

    [Fact]
    public void Item72_a_bad_format_warns_once()
    {
        var harness = WithBuckets();

        harness.Build("rate_limit_5h", ("format", "pie"));
        harness.Build("rate_limit_5h", ("format", "pie"));

        Assert.Equal(
            ["segments.rate_limit_5h.format: unknown value \"pie\"; expected percent or progress; using \"percent\""],
            harness.Warnings);
    }

    [Fact]
    public void Format_names_are_exact()
    {
        Assert.Equal("5h: 50.0%", WithBuckets().Text("rate_limit_5h", ("format", "Progress")));
    }

    [Fact]
    public void Item72_progress_width_zero_warns()
    {
        var harness = WithBuckets();

        harness.Build("rate_limit_5h", ("format", "progress"), ("progress_width", 0L));

        Assert.Equal(
            ["segments.rate_limit_5h.progress_width: expected an integer from 1 to 65535, found 0; using format = \"percent\""],
            harness.Warnings);
    }

    [Fact]
    public void Item72_progress_width_zero_forces_percent()
    {
        Assert.Equal("5h: 50.0%", WithBuckets().Text("rate_limit_5h", ("format", "progress"), ("progress_width", 0L)));
    }

    [Theory]
    [InlineData(-1L)]
    [InlineData(65536L)]
    public void Out_of_range_widths_force_percent(long width)
    {
        Assert.Equal("5h: 50.0%", WithBuckets().Text("rate_limit_5h", ("format", "progress"), ("progress_width", width)));
    }

    [Fact]
    public void The_largest_width_is_accepted()
    {
        var harness = WithBuckets();

        Assert.Equal(65535 + "5h: ".Length + " 50.0%".Length, harness.Render("rate_limit_5h", ("format", "progress"), ("progress_width", 65535L))!.Width);
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public void Item72_reset_format_percent_warns()
    {
        var harness = WithBuckets();

        Assert.Equal("5h reset: 45m", harness.Text("rate_limit_5h_reset", ("format", "percent")));
        Assert.Equal(
            ["segments.rate_limit_5h_reset.format: unknown value \"percent\"; expected duration, absolute or progress; using \"duration\""],
            harness.Warnings);
    }

    [Fact]
    public void Item72_extra_usage_format_duration_warns()
    {
        var harness = WithBuckets();

        Assert.Equal("extra: $40.00/$100.00", harness.Text("extra_usage", ("format", "duration")));
        Assert.Equal(
            ["segments.extra_usage.format: unknown value \"duration\"; expected currency or percent; using \"currency\""],
            harness.Warnings);
    }

    [Fact]
    public void An_invalid_width_turns_a_reset_bar_into_a_duration()
    {
        Assert.Equal("5h reset: 45m", WithBuckets().Text("rate_limit_5h_reset", ("format", "progress"), ("progress_width", 0L)));
    }

    [Fact]
    public void An_invalid_width_leaves_an_absolute_reset_alone()
    {
        Assert.Equal(
            "5h reset: 19:45 UTC",
            WithBuckets().Text("rate_limit_5h_reset", ("format", "absolute"), ("progress_width", 0L)));
    }

    [Fact]
    public void A_wrong_type_warns_and_keeps_the_default()
    {
        var harness = WithBuckets();

        Assert.Equal("5h: 50.0%", harness.Text("rate_limit_5h", ("invert", "yes")));
        Assert.Equal(["segments.rate_limit_5h.invert: expected true or false, found a string; using the default"], harness.Warnings);
    }

    [Fact]
    public void An_unknown_hour_format_warns_and_uses_24_hours()
    {
        var harness = WithBuckets();

        Assert.Equal("5h reset: 19:45 UTC", harness.Text("rate_limit_5h_reset", ("format", "absolute"), ("hour_format", "13h")));
        Assert.Equal(
            ["segments.rate_limit_5h_reset.hour_format: unknown value \"13h\"; expected 24h or 12h; using \"24h\""],
            harness.Warnings);
    }

    [Fact]
    public void An_unknown_fill_warns_and_uses_whole_cells()
    {
        var harness = WithBuckets();

        Assert.Equal("5h: ██░░ 50.0%", harness.Text("rate_limit_5h", ("format", "progress"), ("progress_width", 4L), ("fill", "quarter")));
        Assert.Equal(
            ["segments.rate_limit_5h.fill: unknown value \"quarter\"; expected whole, half, eighth or braille; using \"whole\""],
            harness.Warnings);
    }

    [Fact]
    public void Every_reset_key_is_read()
    {
        var harness = WithBuckets();
        var table = new Linesmith.Config.SettingsTable(
            "segments.rate_limit_5h_reset",
            SegmentHarness.Table(
                ("label", "r"), ("icon", ""), ("stale_marker", "~"), ("format", "duration"), ("compact", true), ("use_days", true),
                ("timezone", "UTC"), ("hour_format", "24h"), ("locale", "en-US"), ("progress_width", 10L), ("fill", "half"),
                ("brackets", true), ("dim_empty", false), ("threshold_color", true),
                ("thresholds", SegmentHarness.Table(("green", 10L), ("yellow", 20L))),
                ("characters", SegmentHarness.Table(("full", "#"), ("partial", "+"), ("empty", "."), ("open", "<"), ("close", ">")))),
            harness.Problems);

        Linesmith.Segments.SegmentTable.Find("rate_limit_5h_reset")!.Create(table);
        table.ReportUnreadKeys();

        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public void Every_percent_key_is_read()
    {
        var harness = WithBuckets();
        var table = new Linesmith.Config.SettingsTable(
            "segments.rate_limit_7d_model",
            SegmentHarness.Table(
                ("label", "m"), ("icon", ""), ("stale_marker", "~"), ("format", "progress"), ("invert", true), ("visibility", "always"),
                ("progress_width", 10L), ("fill", "eighth"), ("brackets", true), ("dim_empty", false), ("threshold_color", true),
                ("thresholds", SegmentHarness.Table(("green", 10L), ("yellow", 20L))),
                ("characters", SegmentHarness.Table(("full", "#"), ("partial", "+"), ("empty", "."), ("open", "<"), ("close", ">")))),
            harness.Problems);

        Linesmith.Segments.SegmentTable.Find("rate_limit_7d_model")!.Create(table);
        table.ReportUnreadKeys();

        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public void The_common_keys_are_accepted_on_extra_usage()
    {
        var harness = WithBuckets();
        var table = new Linesmith.Config.SettingsTable(
            "segments.extra_usage",
            SegmentHarness.Table(
                ("label", "x"), ("icon", ""), ("stale_marker", "~"), ("format", "percent"), ("progress_width", 10L), ("fill", "half"),
                ("brackets", true), ("dim_empty", false), ("threshold_color", true),
                ("thresholds", SegmentHarness.Table(("green", 10L), ("yellow", 20L))),
                ("characters", SegmentHarness.Table(("full", "#")))),
            harness.Problems);

        Linesmith.Segments.SegmentTable.Find("extra_usage")!.Create(table);
        table.ReportUnreadKeys();

        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public void An_invalid_width_on_extra_usage_warns()
    {
        var harness = WithBuckets();

        Assert.Equal("extra: $40.00/$100.00", harness.Text("extra_usage", ("progress_width", 0L)));
        Assert.Equal(["segments.extra_usage.progress_width: expected an integer from 1 to 65535, found 0; ignored"], harness.Warnings);
    }
}
