using Linesmith.Config;
using Linesmith.Rendering;

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
    private static readonly Choice<ResetFormat>[] FormatChoices =
    [
        new("duration", ResetFormat.Duration),
        new("absolute", ResetFormat.Absolute),
        new("progress", ResetFormat.Progress),
    ];

    private static readonly Choice<HourFormat>[] HourChoices =
    [
        new("24h", HourFormat.TwentyFour),
        new("12h", HourFormat.Twelve),
    ];

    public static ResetDisplay Read(SettingsTable settings)
    {
        var format = ChoiceReader.Read(settings, "format", ResetFormat.Duration, FormatChoices);

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
            settings.GetBool("compact", false),
            settings.GetBool("use_days", true),
            ReadZone(settings),
            ChoiceReader.Read(settings, "hour_format", HourFormat.TwentyFour, HourChoices),
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
        var id = settings.GetString("timezone");
        if (id is null)
        {
            return null;
        }

        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
        {
            return zone;
        }

        settings.Warn("timezone", $"unknown time zone \"{id}\"; using the system time zone");
        return null;
    }

    private static void ReadLocale(SettingsTable settings)
    {
        var locale = settings.GetString("locale");
        if (locale is not null
            && !string.Equals(locale, "en", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(locale, "en-US", StringComparison.OrdinalIgnoreCase))
        {
            settings.Warn("locale", $"unsupported locale \"{locale}\"; only en and en-US exist; using en-US");
        }
    }
}
