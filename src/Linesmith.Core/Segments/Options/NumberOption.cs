using System.Globalization;
using Linesmith.Config;

namespace Linesmith.Segments.Options;

/// <summary>A finite number (TOML integer or float) within <see cref="Min"/>..<see cref="Max"/>.</summary>
internal sealed record NumberOption(string Key, string Description, double Default, double Min, double Max) : SegmentOption(Key, Description)
{
    public override string DefaultToml => Default.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>The value, or null when refused: the warning then ends in <paramref name="instead"/>.</summary>
    public double? Read(SettingsTable table, string instead) => table.GetNumber(Leaf, Default, Min, Max, instead);
}
