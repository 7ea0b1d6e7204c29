using Linesmith.Segments;
using Linesmith.Segments.RateLimits;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Segments.RateLimits;

/// <summary>The <c>absolute</c> reset format in an IANA zone: docs/spec/rate-limit-segments.md, docs/spec/edge-cases.md item 66.</summary>
public sealed class AbsoluteResetTests
{
    private const string LosAngeles = "America/Los_Angeles";

    /// <summary>A 5-hour bucket resetting at <paramref name="resetsAt"/>, seen an hour before.</summary>
    private static SegmentHarness ResettingAt(string resetsAt)
    {
        var instant = DateTimeOffset.Parse(resetsAt, System.Globalization.CultureInfo.InvariantCulture);
        var harness = new SegmentHarness();
        harness.Clock.Set(instant - TimeSpan.FromHours(1));
        harness.Usage = UsageView.FromEndpoint(new UsageData(FiveHour: new UsageBucket(10f, instant)));
        return harness;
    }

    private static string? Absolute(string resetsAt, params (string Key, object? Value)[] settings) =>
        ResettingAt(resetsAt).Text("rate_limit_5h_reset", [("format", "absolute"), ("label", ""), .. settings]);

    [Fact]
    public void Item66_los_angeles_in_24_hours()
    {
        Assert.Equal("12:00 PDT", Absolute("2025-07-15T19:00:00Z", ("timezone", LosAngeles)));
    }

    [Fact]
    public void Item66_los_angeles_in_12_hours()
    {
        Assert.Equal("12:00 PM PDT", Absolute("2025-07-15T19:00:00Z", ("timezone", LosAngeles), ("hour_format", "12h")));
    }

    [Fact]
    public void Item66_a_morning_in_12_hours_has_no_leading_zero()
    {
        Assert.Equal("7:30 AM PDT", Absolute("2025-07-15T14:30:00Z", ("timezone", LosAngeles), ("hour_format", "12h")));
    }

    [Fact]
    public void Item66_tokyo()
    {
        Assert.Equal("09:00 JST", Absolute("2025-07-15T00:00:00Z", ("timezone", "Asia/Tokyo")));
    }

    [Fact]
    public void Item66_after_the_autumn_change_is_standard_time()
    {
        // 2025-11-02 09:30 UTC: the clocks went back at 09:00 UTC.
        Assert.Equal("01:30 PST", Absolute("2025-11-02T09:30:00Z", ("timezone", LosAngeles)));
    }

    [Fact]
    public void Item66_after_the_spring_change_is_daylight_time()
    {
        // 2025-03-09 11:30 UTC: the clocks went forward at 10:00 UTC.
        Assert.Equal("04:30 PDT", Absolute("2025-03-09T11:30:00Z", ("timezone", LosAngeles)));
    }

    [Fact]
    public void Midnight_in_12_hours_is_twelve_am()
    {
        Assert.Equal("12:05 AM UTC", Absolute("2025-07-16T00:05:00Z", ("timezone", "UTC"), ("hour_format", "12h")));
    }

    [Fact]
    public void Without_a_timezone_the_system_zone_is_used()
    {
        var harness = ResettingAt("2025-07-15T00:00:00Z");
        harness.LocalZone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        Assert.Equal("5h reset: 09:00 JST", harness.Text("rate_limit_5h_reset", ("format", "absolute")));
    }

    [Fact]
    public void An_unknown_timezone_warns_and_uses_the_system_zone()
    {
        var harness = ResettingAt("2025-07-15T19:00:00Z");

        Assert.Equal("19:00 UTC", harness.Text("rate_limit_5h_reset", ("format", "absolute"), ("label", ""), ("timezone", "Mars/Olympus_Mons")));
        Assert.Equal(
            ["segments.rate_limit_5h_reset.timezone: unknown time zone \"Mars/Olympus_Mons\"; using the system time zone"],
            harness.Warnings);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("/etc/hostname")]
    [InlineData("")]
    public void A_path_is_not_a_timezone(string id)
    {
        var harness = ResettingAt("2025-07-15T19:00:00Z");

        Assert.Equal("19:00 UTC", harness.Text("rate_limit_5h_reset", ("format", "absolute"), ("label", ""), ("timezone", id)));
        Assert.Single(harness.Warnings);
    }

    [Fact]
    public void The_en_locale_is_accepted_silently()
    {
        var harness = ResettingAt("2025-07-15T19:00:00Z");

        Assert.Equal("19:00 UTC", harness.Text("rate_limit_5h_reset", ("format", "absolute"), ("label", ""), ("locale", "en")));
        Assert.Empty(harness.Warnings);
    }

    [Fact]
    public void Another_locale_warns_and_uses_en_us()
    {
        var harness = ResettingAt("2025-07-15T19:00:00Z");

        Assert.Equal("19:00 UTC", harness.Text("rate_limit_5h_reset", ("format", "absolute"), ("label", ""), ("locale", "de-DE")));
        Assert.Equal(
            ["segments.rate_limit_5h_reset.locale: unsupported locale \"de-DE\"; only en and en-US exist; using en-US"],
            harness.Warnings);
    }

    [Fact]
    public void A_zone_without_an_abbreviation_shows_its_offset()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test/Nowhere", TimeSpan.FromHours(9), "Nowhere Time", "Nowhere Standard Time");

        Assert.Equal("09:00 UTC+09:00", WallClock.Format(DateTimeOffset.Parse("2025-07-15T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture), zone, HourFormat.TwentyFour));
    }

    [Fact]
    public void A_negative_offset_is_signed()
    {
        Assert.Equal("UTC-03:30", ZoneAbbreviation.OffsetName(new TimeSpan(-3, -30, 0)));
    }

    [Fact]
    public void Coordinated_universal_time_reads_utc()
    {
        Assert.Equal("UTC", ZoneAbbreviation.At(TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));
    }
}
