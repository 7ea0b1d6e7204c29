using Linesmith.Config;
using Linesmith.Segments.Options;

namespace Linesmith.Segments;

/// <summary>
/// The <c>label</c> and <c>icon</c> keys with a segment's defaults: declared for the segment table and
/// read through the same objects (<see cref="SegmentLabel"/>).
/// </summary>
internal sealed record LabelOptions(string DefaultLabel, string DefaultIcon = "")
{
    public TextOption Label { get; } = new("label", "text before the value, followed by \": \"; empty: none", DefaultLabel);

    public TextOption Icon { get; } = new("icon", "a symbol before the label; empty: none", DefaultIcon);

    public IReadOnlyList<SegmentOption> All => [Icon, Label];

    public SegmentLabel Read(SettingsTable settings) => new(Label.Read(settings) ?? DefaultLabel, Icon.Read(settings) ?? DefaultIcon);
}
