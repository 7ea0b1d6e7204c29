using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments;

/// <summary>
/// The <c>label</c> and <c>icon</c> keys with a segment's defaults, and for the segments that show usage data
/// <c>stale_marker</c>: declared for the segment table and read through the same objects (<see cref="SegmentLabel"/>).
/// </summary>
internal sealed record LabelOptions(string DefaultLabel, string DefaultIcon = "")
{
    public const string DefaultStaleMarker = "~";

    public static readonly TextOption StaleMarkerKey = new("stale_marker", "before estimates and data older than [usage] stale_after", DefaultStaleMarker);

    public TextOption Label { get; } = new("label", "text before the value, followed by \": \"; empty: none", DefaultLabel);

    public TextOption Icon { get; } = new("icon", "a symbol before the label; empty: none", DefaultIcon);

    public IReadOnlyList<SegmentOption> All => [Icon, Label];

    /// <summary>The keys of a usage segment's prefix: <c>icon</c>, <c>label</c> and <c>stale_marker</c>.</summary>
    public IReadOnlyList<SegmentOption> WithStaleMarker => [Icon, Label, StaleMarkerKey];

    public SegmentLabel Read(SettingsTable settings) => new(Label.Read(settings) ?? DefaultLabel, Icon.Read(settings) ?? DefaultIcon);

    /// <summary>Reads <c>stale_marker</c>, <c>icon</c> and <c>label</c>; <c>""</c> turns a part off.</summary>
    public SegmentLabel ReadWithStaleMarker(SettingsTable settings)
    {
        var staleMarker = StaleMarkerKey.Read(settings) ?? DefaultStaleMarker;
        var icon = Icon.Read(settings) ?? DefaultIcon;
        return new(Label.Read(settings) ?? DefaultLabel, icon, staleMarker);
    }
}
