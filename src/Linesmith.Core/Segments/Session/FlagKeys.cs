using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>The keys of one <see cref="FlagSegment"/>, with its <c>on</c> text as the default.</summary>
internal sealed record FlagKeys(string DefaultOn)
{
    public LabelOptions Labels { get; } = new(string.Empty);

    public TextOption On { get; } = new("on", "shown while it is on; empty: hidden", DefaultOn);

    public TextOption Off { get; } = new("off", "shown while it is off; empty: hidden", string.Empty);

    public IReadOnlyList<SegmentOption> All => [.. Labels.All, On, Off];
}
