using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>model</c>: the session's model. <c>format = "compact"</c> (default) drops the "Claude " prefix
/// and context suffixes (<c>Opus 4.5</c>), <c>"full"</c> shows the display name as given, <c>"id"</c>
/// the model id. Without a display name the name is derived from the id (also from Bedrock ARNs).
/// </summary>
internal sealed class ModelSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty);

    private static readonly ChoiceOption<string> Format = new(
        "format",
        "compact: Opus 4.5; full: the display name as sent; id: the model id",
        "compact",
        [new("compact", "compact"), new("full", "full"), new("id", "id")]);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly string _format = Format.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Format];

    public SegmentOutput? Render(SegmentContext context)
    {
        var model = context.Payload.Model;
        var text = _format switch
        {
            "id" => model?.Id,
            "full" => model?.DisplayName ?? ModelNames.FromId(model?.Id),
            _ => ModelNames.Compact(model?.DisplayName) ?? ModelNames.FromId(model?.Id),
        };
        return string.IsNullOrWhiteSpace(text) ? null : _label.Output(text, StyleRole.Primary);
    }
}
