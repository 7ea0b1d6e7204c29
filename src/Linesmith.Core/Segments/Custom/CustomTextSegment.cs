using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Custom;

/// <summary>
/// <c>custom_text</c>: the text of its <c>text</c> key, as it is (<c>text = "☕ focus"</c>); hidden while it is
/// empty. Like every segment's text it is stripped of escape sequences before it is printed
/// (README.md "Nothing from outside reaches the terminal raw"): colour comes from <c>style</c>.
/// </summary>
internal sealed class CustomTextSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);
    private static readonly TextOption Text = new("text", "the text to show; empty: hidden", string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly string _text = Text.Read(settings) ?? string.Empty;

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Text];

    public SegmentOutput? Render(SegmentContext context) => _text.Length > 0 ? _label.Output(_text, StyleRole.Foreground) : null;
}
