using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// How the percent segments (<c>rate_limit_5h</c>, <c>rate_limit_7d</c>, <c>rate_limit_7d_model</c>)
/// show a utilization (docs/spec/rate-limit-segments.md "Percent segments"): <c>format</c> percent or progress,
/// <c>invert</c> (shows 100 − utilization), <c>progress_width</c> and the bar's knobs, and the
/// threshold colour, which always follows the raw utilization.
/// </summary>
internal sealed record PercentDisplay(PercentFormat Format, bool Invert, ProgressBar Bar, Thresholds Thresholds)
{
    public static readonly ChoiceOption<PercentFormat> FormatKey = new(
        "format",
        "the percentage, or a bar and the percentage",
        PercentFormat.Percent,
        [new("percent", PercentFormat.Percent), new("progress", PercentFormat.Progress)]);

    public static readonly BoolOption InvertKey = new("invert", "show what is left (100 - used); the colour still follows the used share", false);

    /// <summary>Every key of a percent segment's value, the bar's and the thresholds' included.</summary>
    public static IReadOnlyList<SegmentOption> Options { get; } = [FormatKey, InvertKey, .. ProgressBar.Options, .. Thresholds.Options];

    public static PercentDisplay Read(SettingsTable settings)
    {
        var format = FormatKey.Read(settings);
        var width = ProgressBar.ReadWidth(settings, "using format = \"percent\"");
        if (width is null)
        {
            format = PercentFormat.Percent;
        }

        var thresholds = Thresholds.Read(settings);
        return new PercentDisplay(
            format,
            InvertKey.Read(settings),
            ProgressBar.Read(settings, width ?? ProgressBar.DefaultWidth, thresholds),
            thresholds);
    }

    /// <summary>The whole segment: <paramref name="prefix"/> then the value of <paramref name="utilization"/> (0..100).</summary>
    public SegmentOutput Render(string prefix, double utilization)
    {
        var role = Thresholds.RoleFor(utilization);
        var shown = Invert ? 100 - utilization : utilization;
        var runs = new RunList();
        runs.Add(prefix, role);
        if (Format == PercentFormat.Progress)
        {
            Bar.Render(shown, role, runs);
            runs.Add(" ", role);
        }

        runs.Add(PercentText.Format(shown), role);
        return runs.ToOutput();
    }
}
