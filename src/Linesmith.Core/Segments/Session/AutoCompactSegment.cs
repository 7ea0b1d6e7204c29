using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>auto_compact</c>: the tokens left before Claude Code compacts the conversation by itself
/// (<c>compact in: 959k</c>). Claude Code does not send its threshold; this assumes the window size less
/// <c>buffer</c> tokens, 33,000 by default: the 13,000-token auto-compact buffer plus the 20,000 tokens kept for the
/// summary, as docs/segments.md#auto_compact records with its sources. Coloured by the share of the
/// threshold used (<see cref="Thresholds"/>). Hidden without a window size or a count of the context's tokens.
/// </summary>
internal sealed class AutoCompactSegment(SettingsTable settings) : ISegment
{
    /// <summary>13,000 + 20,000 tokens: docs/segments.md#auto_compact.</summary>
    public const long DefaultBuffer = 33_000;

    private static readonly LabelOptions Labels = new("compact in");
    private static readonly IntegerOption Buffer = new("buffer", "tokens below the window size at which Claude Code compacts (its 13k buffer and 20k summary reserve)", DefaultBuffer, 0, 1_000_000);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly long _buffer = Buffer.Read(settings);
    private readonly Thresholds _roles = Thresholds.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Buffer, .. Thresholds.Options];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (ContextTokens.WindowSize(context.Payload) is not { } size || ContextTokens.Used(context.Payload) is not { } used)
        {
            return null;
        }

        var threshold = (ulong)Math.Max(0, (long)size - _buffer);
        var left = used >= threshold ? 0 : threshold - used;
        var share = threshold == 0 ? 100 : Math.Min(100, used * 100.0 / threshold);
        return _label.Output(CompactTokens.Format(left), _roles.RoleFor(share));
    }
}
