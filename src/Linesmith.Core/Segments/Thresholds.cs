using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments;

/// <summary>
/// The threshold colour of every percent segment (rate limits, docs/spec/rate-limit-segments.md; context): the role comes from the raw,
/// non-inverted utilization, below <see cref="Green"/> success, below <see cref="Yellow"/> warning,
/// else critical. With <c>threshold_color = false</c> every value is plain info.
/// </summary>
internal sealed record Thresholds(bool Enabled, double Green, double Yellow)
{
    public const double DefaultGreen = 50;
    public const double DefaultYellow = 80;

    public static Thresholds Default { get; } = new(true, DefaultGreen, DefaultYellow);

    public static readonly BoolOption ColorKey = new("threshold_color", "colour the value by its share: success, warning, critical", true);

    public static readonly NumberOption GreenKey = new("thresholds.green", "below this share the value is success (at most thresholds.yellow)", DefaultGreen, 0, 100);

    public static readonly NumberOption YellowKey = new("thresholds.yellow", "below this share the value is warning, else critical", DefaultYellow, 0, 100);

    public static IReadOnlyList<SegmentOption> Options { get; } = [ColorKey, GreenKey, YellowKey];

    /// <summary>Reads <c>threshold_color</c> and <c>thresholds.{green,yellow}</c>; an invalid pair is ignored as a whole, with a warning.</summary>
    public static Thresholds Read(SettingsTable settings)
    {
        var enabled = ColorKey.Read(settings);
        var table = settings.GetTable("thresholds");

        // Either one refused (each warns), or the two in the wrong order: both are ignored (docs/spec/rate-limit-segments.md).
        var instead = string.Create(CultureInfo.InvariantCulture, $"using {DefaultGreen} and {DefaultYellow}");
        var green = GreenKey.Read(table, instead);
        var yellow = YellowKey.Read(table, instead);
        table.ReportUnreadKeys();
        if (green is null || yellow is null)
        {
            return new Thresholds(enabled, DefaultGreen, DefaultYellow);
        }

        if (green > yellow)
        {
            table.Warn(YellowKey.Leaf, string.Create(CultureInfo.InvariantCulture, $"must not be below green ({green}), found {yellow}; {instead}"));
            return new Thresholds(enabled, DefaultGreen, DefaultYellow);
        }

        return new Thresholds(enabled, green.Value, yellow.Value);
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
