using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// How the reset segments show the time until a window resets (docs/spec/rate-limit-segments.md "Reset segments"):
/// <c>duration</c> (<c>compact</c>, <c>use_days</c>), <c>absolute</c> (<c>timezone</c>,
/// <c>hour_format</c>, <c>locale</c>) or <c>progress</c> (the share of the window already elapsed).
/// </summary>
internal sealed record ResetDisplay(
    ResetFormat Format,
    bool Compact,
    bool UseDays,
    TimeZoneInfo? Zone,
    HourFormat HourFormat,
    ProgressBar Bar)
{
    public static readonly ChoiceOption<ResetFormat> FormatKey = new(
        "format",
        "the time left (4hr 37m), the wall-clock time of the reset, or a bar of the window's elapsed share",
        ResetFormat.Duration,
        [new("duration", ResetFormat.Duration), new("absolute", ResetFormat.Absolute), new("progress", ResetFormat.Progress)]);

    public static readonly BoolOption CompactKey = new("compact", "duration without spaces and units spelled short: 4h37m", false);

    public static readonly BoolOption UseDaysKey = new("use_days", "durations of a day or more in days: 1d 3hr", true);

    public static readonly TextOption TimeZoneKey = new("timezone", "an IANA time zone for absolute times (unset: the system's)", null);

    public static readonly ChoiceOption<HourFormat> HourFormatKey = new(
        "hour_format",
        "absolute times on a 24-hour or a 12-hour clock",
        HourFormat.TwentyFour,
        [new("24h", HourFormat.TwentyFour), new("12h", HourFormat.Twelve)]);

    /// <summary>Accepted for the original's configs; English is the only locale (any case).</summary>
    public static readonly ChoiceOption<string> LocaleKey = new("locale", "the language of absolute times; only English exists", "en-US", [new("en", "en"), new("en-US", "en-US")]);

    /// <summary>Every key of a reset segment's value, the bar's and the thresholds' included.</summary>
    public static IReadOnlyList<SegmentOption> Options { get; } =
        [FormatKey, CompactKey, UseDaysKey, TimeZoneKey, HourFormatKey, LocaleKey, .. ProgressBar.Options, .. Thresholds.Options];

    public static ResetDisplay Read(SettingsTable settings)
    {
        var format = FormatKey.Read(settings);

        // Only a bar needs the width: an invalid one turns progress into duration, and an absolute
        // or duration format survives it (docs/spec/rate-limit-segments.md).
        var width = ProgressBar.ReadWidth(
            settings, format == ResetFormat.Progress ? "using format = \"duration\"" : "ignored");
        if (width is null && format == ResetFormat.Progress)
        {
            format = ResetFormat.Duration;
        }

        ReadLocale(settings);

        // The time until a reset has no colour ramp (it is info); threshold_color still flattens the bar.
        var thresholds = Thresholds.Read(settings);
        return new ResetDisplay(
            format,
            CompactKey.Read(settings),
            UseDaysKey.Read(settings),
            ReadZone(settings),
            HourFormatKey.Read(settings),
            ProgressBar.Read(settings, width ?? ProgressBar.DefaultWidth, thresholds));
    }

    /// <summary>The segment for a reset at <paramref name="resetsAt"/>, or null once it has passed.</summary>
    public SegmentOutput? Render(string prefix, DateTimeOffset resetsAt, SegmentContext context, TimeSpan window)
    {
        var remaining = resetsAt - context.Clock.GetUtcNow();
        if (remaining <= TimeSpan.Zero)
        {
            return null;
        }

        const StyleRole Role = StyleRole.Info;
        var runs = new RunList();
        runs.Add(prefix, Role);
        switch (Format)
        {
            case ResetFormat.Absolute:
                runs.Add(WallClock.Format(resetsAt, Zone ?? context.LocalZone, HourFormat), Role);
                break;
            case ResetFormat.Progress:
                var elapsed = Math.Clamp((window - remaining) / window, 0, 1) * 100;
                Bar.Render(elapsed, Role, runs);
                runs.Add(" " + PercentText.Format(elapsed), Role);
                break;
            default:
                runs.Add(ResetDuration.Format(remaining, Compact, UseDays), Role);
                break;
        }

        return runs.ToOutput();
    }

    private static TimeZoneInfo? ReadZone(SettingsTable settings)
    {
        var id = TimeZoneKey.Read(settings);
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        settings.Warn(TimeZoneKey.Leaf, $"unknown time zone \"{id}\"; using the system time zone");
        return null;
    }

    private static void ReadLocale(SettingsTable settings)
    {
        var locale = settings.GetString(LocaleKey.Leaf);
        if (locale is not null
            && !string.Equals(locale, "en", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(locale, "en-US", StringComparison.OrdinalIgnoreCase))
        {
            settings.Warn(LocaleKey.Leaf, $"unsupported locale \"{locale}\"; only en and en-US exist; using en-US");
        }
    }
}
