using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// Threshold colours for a percentage: below <c>thresholds.green</c> (50) success, below
/// <c>thresholds.yellow</c> (80) warning, else critical. Invalid thresholds warn and are ignored.
/// </summary>
internal sealed record PercentRoles(double Green, double Yellow)
{
    public static PercentRoles From(SettingsTable settings)
    {
        var thresholds = settings.GetTable("thresholds");
        var green = thresholds.GetNumber("green", 50);
        var yellow = thresholds.GetNumber("yellow", 80);
        if (green is < 0 or > 100 || yellow is < 0 or > 100 || green > yellow)
        {
            thresholds.Warn("green", "thresholds must be 0..100 with green <= yellow; using 50 and 80");
            return new PercentRoles(50, 80);
        }

        return new PercentRoles(green, yellow);
    }

    public StyleRole RoleOf(double percent) =>
        percent < Green ? StyleRole.Success : percent < Yellow ? StyleRole.Warning : StyleRole.Critical;
}
