using Linesmith.Config;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The six rate-limit segments (docs/spec/rate-limit-segments.md), each with its factory: default labels and icons
/// as its table. The 5-hour and 7-day percentages are what users install a statusline for, so they
/// outlive every segment but the model and the context on a narrow line (docs/spec/rate-limit-segments.md); the
/// others keep priority 96. Each factory reads and validates its <c>[segments.&lt;id&gt;]</c>
/// table once; problems go to the table's problem list.
/// </summary>
/// <remarks>
/// <see cref="All"/> shows an icon only when <c>icon</c> is configured (the docs/spec/edge-cases.md item 60 texts have
/// none: <c>5h: 22.0%</c>); <see cref="WithNerdFontIcons"/> falls back to the original's default glyphs, for
/// <c>[layout_options] icons = "nerdfont"</c>.
/// </remarks>
internal static class RateLimitSegments
{
    /// <summary>The layout priority of the rate-limit segments other than the two percentages (docs/spec/rate-limit-segments.md).</summary>
    public const int Priority = 96;

    /// <summary><c>rate_limit_5h</c>: drops after cost (40), branch (56) and workspace (64); before the context (32).</summary>
    public const int FiveHourPriority = 34;

    /// <summary><c>rate_limit_7d</c>: just before the 5-hour window, which changes faster.</summary>
    public const int SevenDayPriority = 36;

    public const string FiveHourId = "rate_limit_5h";
    public const string SevenDayId = "rate_limit_7d";
    public const string FiveHourResetId = "rate_limit_5h_reset";
    public const string SevenDayResetId = "rate_limit_7d_reset";

    /// <summary>Nerd Font clock (U+F017).</summary>
    public const string FiveHourIcon = "\uF017";

    /// <summary>Nerd Font calendar (U+F073).</summary>
    public const string SevenDayIcon = "\uF073";

    public const string FiveHourResetIcon = "↻";

    public const string ModelIcon = "✧";

    public static IReadOnlyList<(string Id, SegmentFactory Create)> All { get; } = Build(nerdFontIcons: false);

    public static IReadOnlyList<(string Id, SegmentFactory Create)> WithNerdFontIcons { get; } = Build(nerdFontIcons: true);

    private static (string Id, SegmentFactory Create)[] Build(bool nerdFontIcons)
    {
        string Icon(string glyph) => nerdFontIcons ? glyph : string.Empty;

        return
        [
            (FiveHourId, settings => new UsageWindowSegment(
                FiveHourId, FiveHourPriority, RateWindow.FiveHour, SegmentPrefix.Read(settings, "5h", Icon(FiveHourIcon)), PercentDisplay.Read(settings))),
            (SevenDayId, settings => new UsageWindowSegment(
                SevenDayId, SevenDayPriority, RateWindow.SevenDay, SegmentPrefix.Read(settings, "7d", Icon(SevenDayIcon)), PercentDisplay.Read(settings))),
            (FiveHourResetId, settings => new ResetSegment(
                FiveHourResetId, RateWindow.FiveHour, SegmentPrefix.Read(settings, "5h reset", Icon(FiveHourResetIcon)), ResetDisplay.Read(settings))),
            (SevenDayResetId, settings => new ResetSegment(
                SevenDayResetId, RateWindow.SevenDay, SegmentPrefix.Read(settings, "7d reset", string.Empty), ResetDisplay.Read(settings))),
            (ExtraUsageSegment.SegmentId, settings => ExtraUsageSegment.Read(settings, string.Empty)),
            (ModelLimitSegment.SegmentId, settings => ModelLimitSegment.Read(settings, Icon(ModelIcon))),
        ];
    }

    /// <summary>Builds the segment <paramref name="id"/> from <paramref name="settings"/>, or null for an id that is not a rate-limit segment.</summary>
    public static ISegment? Create(string id, SettingsTable settings)
    {
        foreach (var (segmentId, create) in All)
        {
            if (string.Equals(segmentId, id, StringComparison.Ordinal))
            {
                return create(settings);
            }
        }

        return null;
    }
}
