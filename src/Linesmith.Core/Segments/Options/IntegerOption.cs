using System.Globalization;
using Linesmith.Config;

namespace Linesmith.Segments.Options;

/// <summary>An integer within <see cref="Min"/>..<see cref="Max"/>; outside it, or of another type, warns (<see cref="RangeMessage"/>).</summary>
internal sealed record IntegerOption(string Key, string Description, long Default, long Min, long Max) : SegmentOption(Key, Description)
{
    public override string DefaultToml => Default.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value, or <see cref="Default"/> when it is missing or refused.</summary>
    public long Read(SettingsTable table) => table.GetInteger(Leaf, Default, Min, Max);

    /// <summary>The value, or null when refused: the warning then ends in <paramref name="instead"/>.</summary>
    public long? Read(SettingsTable table, string instead) => table.GetInteger(Leaf, Default, Min, Max, instead);

    /// <summary>The same key with another default (the <c>priority</c> of each segment).</summary>
    public IntegerOption WithDefault(long value) => this with { Default = value };
}
