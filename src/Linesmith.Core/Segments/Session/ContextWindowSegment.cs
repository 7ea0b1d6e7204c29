using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>context_window</c>: how full the context is (<c>ctx: 42%</c>), coloured by threshold; hidden
/// before the session's first response, when Claude Code sends no percentage. Values above 100 show as 100.
/// <c>invert = true</c> shows what is left (<c>ctx: 58%</c>; the colour still follows the used share, as
/// for the rate limits, docs/spec/rate-limit-segments.md), <c>show_size = true</c> adds the window's
/// size (<c>ctx: 42% of 200k</c>) when Claude Code sends <c>context_window_size</c>.
/// </summary>
internal sealed class ContextWindowSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("ctx");
    private static readonly BoolOption Invert = new("invert", "show what is left (100 - used); the colour still follows the used share", false);
    private static readonly BoolOption ShowSize = new("show_size", "add the window's size: ctx: 42% of 200k", false);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly Thresholds _roles = Thresholds.Read(settings);
    private readonly bool _invert = Invert.Read(settings);
    private readonly bool _showSize = ShowSize.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Invert, ShowSize, .. Thresholds.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextPercent.Of(context.Payload) is not { } used)
        {
            return null;
        }

        var text = (_invert ? 100 - used : used).ToString("0", CultureInfo.InvariantCulture) + "%";
        if (_showSize && ContextTokens.WindowSize(context.Payload) is { } size)
        {
            text += " of " + CompactTokens.Format(size);
        }

        return _label.Output(text, _roles.RoleFor(used));
    }
}
