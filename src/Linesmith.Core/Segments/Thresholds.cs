using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments;

/// <summary>
/// The threshold colour of every percent segment (rate limits, usage-cache.md §7; context): the role comes from the raw,
/// non-inverted utilization, below <see cref="Green"/> success, below <see cref="Yellow"/> warning,
/// else critical. With <c>threshold_color = false</c> every value is plain info.
/// </summary>
internal sealed record Thresholds(bool Enabled, double Green, double Yellow)
{
    public const double DefaultGreen = 50;
    public const double DefaultYellow = 80;

    public static Thresholds Default { get; } = new(true, DefaultGreen, DefaultYellow);

    /// <summary>Reads <c>threshold_color</c> and <c>thresholds.{green,yellow}</c>; an invalid pair is ignored as a whole, with a warning.</summary>
    public static Thresholds Read(SettingsTable settings)
    {
        var enabled = settings.GetBool("threshold_color", true);
        var table = settings.GetTable("thresholds");
        var green = table.GetNumber("green", DefaultGreen);
        var yellow = table.GetNumber("yellow", DefaultYellow);
        if (green is < 0 or > 100 || yellow is < 0 or > 100 || green > yellow)
        {
            settings.Warn(
                "thresholds",
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"green ({green}) and yellow ({yellow}) must be within 0..=100 with green <= yellow; using {DefaultGreen} and {DefaultYellow}"));
            green = DefaultGreen;
            yellow = DefaultYellow;
        }

        return new Thresholds(enabled, green, yellow);
    }

    public StyleRole RoleFor(double utilization)
    {
        if (!Enabled)
        {
            return StyleRole.Info;
        }

        if (utilization < Green)
        {
            return StyleRole.Success;
        }

        return utilization < Yellow ? StyleRole.Warning : StyleRole.Critical;
    }
}
