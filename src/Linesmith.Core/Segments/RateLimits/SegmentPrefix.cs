using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// The text before a value (docs/spec/rate-limit-segments.md "Text assembly"):
/// <c>[stale_marker][icon + " "][label + ": "]value</c>. The stale marker (default <c>~</c>) marks
/// JSONL estimates and endpoint data older than <c>[usage] stale_after</c> (docs/spec/decisions.md#d10-stale-data-is-marked); an empty icon
/// or label drops its separator; errors never carry the marker.
/// </summary>
internal sealed record SegmentPrefix(string StaleMarker, string Icon, string Label)
{
    public const string DefaultStaleMarker = "~";

    public static readonly TextOption StaleMarkerKey = new("stale_marker", "before estimates and data older than [usage] stale_after", DefaultStaleMarker);

    /// <summary>The keys of the prefix: <c>icon</c>, <c>label</c> (with <paramref name="labels"/>' defaults) and <c>stale_marker</c>.</summary>
    public static IReadOnlyList<SegmentOption> Options(LabelOptions labels) => [.. labels.All, StaleMarkerKey];

    /// <summary>Reads <c>stale_marker</c>, <c>icon</c> and <c>label</c>; <c>""</c> turns a part off.</summary>
    public static SegmentPrefix Read(SettingsTable settings, LabelOptions labels)
    {
        var staleMarker = StaleMarkerKey.Read(settings) ?? DefaultStaleMarker;
        var icon = labels.Icon.Read(settings) ?? labels.DefaultIcon;
        return new(staleMarker, icon, labels.Label.Read(settings) ?? labels.DefaultLabel);
    }

    public string For(bool stale) => For(stale, Label);

    public string For(bool stale, string label) => (stale ? StaleMarker : string.Empty) + SegmentLabel.PrefixOf(Icon, label);

    /// <summary>What comes before an error's bracket text, <c>5h: </c> in <c>5h: [Timeout]</c>: errors never carry the stale marker.</summary>
    public string ErrorPrefix(string label) => For(false, label);
}
