using Linesmith.Config;

namespace Linesmith.Segments.Options;

/// <summary>A <c>true</c> / <c>false</c> key; another type warns and keeps <see cref="Default"/>.</summary>
internal sealed record BoolOption(string Key, string Description, bool Default) : SegmentOption(Key, Description)
{
    public override string DefaultToml => Default ? "true" : "false";

    public bool Read(SettingsTable table) => table.GetBool(Leaf, Default);
}
