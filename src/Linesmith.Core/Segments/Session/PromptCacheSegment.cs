using System.Globalization;
using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;
using Linesmith.Segments.Options;
using Linesmith.Segments.RateLimits;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>prompt_cache</c>: whether the prompt cache is warm, for how long, and how much of the input came
/// from it (<c>cache: warm 4m hit 37%</c>, <c>cache: cold hit 37%</c>). It is cold when Claude Code
/// says so or once <c>expires_at</c> has passed: Claude Code re-runs the status line one second after
/// <c>expires_at</c> (docs/spec/statusline-contract.md#invocation), so the switch to cold shows even in an idle
/// session, while the countdown between events only moves with <c>refreshInterval</c>. Keys:
/// <c>countdown</c> (true), <c>hit_ratio</c> (true), <c>compact</c> (true: <c>1h5m</c>, false:
/// <c>1hr 5m</c>). Hidden until the first response, when there is no <c>prompt_cache</c>.
/// </summary>
internal sealed class PromptCacheSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new("cache");
    private static readonly BoolOption Countdown = new("countdown", "while warm, the time until it expires", true);
    private static readonly BoolOption HitRatio = new("hit_ratio", "the share of input read from the cache: hit 37%", true);
    private static readonly BoolOption Compact = new("compact", "the countdown as 1h5m rather than 1hr 5m", true);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _countdown = Countdown.Read(settings);
    private readonly bool _hitRatio = HitRatio.Read(settings);
    private readonly bool _compact = Compact.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Countdown, HitRatio, Compact];

    public SegmentOutput? Render(SegmentContext context)
    {
        if (context.Payload.PromptCache is not { } cache || State(cache, context.Clock.GetUtcNow()) is not { } warm)
        {
            return null;
        }

        var runs = new List<TextRun>(3) { new(warm ? "warm" : "cold", warm ? StyleRole.Success : StyleRole.Warning) };
        if (warm && _countdown && cache.ExpiresAt is { } expires)
        {
            runs.Add(new TextRun(" " + ResetDuration.Format(expires - context.Clock.GetUtcNow(), _compact, useDays: false), StyleRole.Muted));
        }

        if (_hitRatio && cache.HitRatio is { } ratio)
        {
            runs.Add(new TextRun(" hit " + (ratio * 100).ToString("0", CultureInfo.InvariantCulture) + "%", StyleRole.Muted));
        }

        return _label.Output(runs);
    }

    /// <summary>Warm, cold, or null when the payload says neither (no <c>warm</c> and no <c>expires_at</c>).</summary>
    private static bool? State(PromptCacheInfo cache, DateTimeOffset now)
    {
        if (cache.Warm == false || cache.ExpiresAt <= now)
        {
            return false;
        }

        return cache.Warm == true || cache.ExpiresAt is not null ? true : null;
    }
}
