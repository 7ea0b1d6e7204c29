using Linesmith.Config;

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

    /// <summary>
    /// Reads <c>stale_marker</c>, <c>icon</c> and <c>label</c>. An unset <c>icon</c> gives
    /// <paramref name="defaultIcon"/>; <c>""</c> turns the icon off.
    /// </summary>
    public static SegmentPrefix Read(SettingsTable settings, string defaultLabel, string defaultIcon) => new(
        settings.GetString("stale_marker", DefaultStaleMarker),
        settings.GetString("icon", defaultIcon),
        settings.GetString("label", defaultLabel));

    public string For(bool stale) => For(stale, Label);

    public string For(bool stale, string label) => (stale ? StaleMarker : string.Empty) + SegmentLabel.PrefixOf(Icon, label);

    /// <summary>An error, <c>5h: [Timeout]</c>, with role muted by the caller.</summary>
    public string Error(string errorText, string label) => For(false, label) + errorText;
}
