using System.Globalization;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>cache_hit_rate</c>: the share of the last request's input read from the prompt cache, from
/// <c>context_window.current_usage</c> (cache reads over input + cache writes + cache reads): <c>cache hit: 37%</c>
/// (payload-2 of the 2.1.332 captures: 3,000 of 8,055). Works where <c>prompt_cache</c> is not sent.
/// Hidden before the first response and when the request had no input.
/// </summary>
internal sealed class CacheHitRateSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("cache hit");

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.ContextWindow?.CurrentUsage is not { } usage || usage.CacheReadInputTokens is not { } read || read < 0)
        {
            return null;
        }

        var total = read + Math.Max(0, usage.InputTokens ?? 0) + Math.Max(0, usage.CacheCreationInputTokens ?? 0);
        if (!double.IsFinite(total) || total <= 0)
        {
            return null;
        }

        return _label.Output((read * 100 / total).ToString("0", CultureInfo.InvariantCulture) + "%", StyleRole.Info);
    }
}
