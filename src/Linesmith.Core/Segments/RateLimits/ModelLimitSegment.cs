using Linesmith.Config;
using Linesmith.Segments.Options;
using Linesmith.Usage.Model;

namespace Linesmith.Segments.RateLimits;

/// <summary>
/// <c>rate_limit_7d_model</c> (docs/spec/usage-endpoint.md#response, docs/spec/rate-limit-segments.md): the weekly limit scoped to one model,
/// <c>Fable: 82.0%</c>. <c>smart</c> shows the first <c>weekly_scoped</c> entry whose model name is the
/// session model's family; <c>always</c> the entry with the highest percent. The label is the
/// configured one, else the model name; neither hides. Endpoint only: JSONL hides. An entry past its
/// reset shows 0 (<see cref="WindowReset"/>); data older than <c>stale_after</c> carries the marker.
/// </summary>
internal sealed class ModelLimitSegment(SegmentLabel prefix, PercentDisplay display, ModelVisibility visibility) : ISegment
{
    /// <summary>The label of an error when none is configured, since there is no model name to show.</summary>
    private const string ErrorLabel = "7dm";

    private readonly SegmentLabel _prefix = prefix;
    private readonly PercentDisplay _display = display;
    private readonly ModelVisibility _visibility = visibility;

    /// <summary>No default label: the model's name is the label.</summary>
    private static readonly LabelOptions Labels = new(string.Empty);

    private static readonly ChoiceOption<ModelVisibility> Visibility = new(
        "visibility",
        "smart: the limit of the session model's family; always: the highest per-model limit",
        ModelVisibility.Smart,
        [new("smart", ModelVisibility.Smart), new("always", ModelVisibility.Always)]);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.WithStaleMarker, Visibility, .. PercentDisplay.Options];

    /// <summary>Reads the segment's keys; the default label is empty, meaning the model's name.</summary>
    public static ModelLimitSegment Read(SettingsTable settings) => new(
        Labels.ReadWithStaleMarker(settings),
        PercentDisplay.Read(settings),
        Visibility.Read(settings));

    /// <summary>Endpoint only: no stdin step, and a JSONL estimate hides it.</summary>
    public SegmentOutput? Render(SegmentContext context) => UsageLadder.Render(
        context,
        _prefix.ErrorPrefix(_prefix.Label.Length > 0 ? _prefix.Label : ErrorLabel),
        fromJsonl: null,
        (data, stale) => Show(data, stale, context));

    private SegmentOutput? Show(UsageData data, bool stale, SegmentContext context)
    {
        if (data.Limits is not { } limits)
        {
            return null;
        }

        var entry = _visibility == ModelVisibility.Always
            ? HighestScoped(limits)
            : FamilyMatch(limits, ModelFamily.Of(context.Payload.Model?.Id));
        if (entry is null)
        {
            return null;
        }

        var shownLabel = _prefix.Label.Length > 0 ? _prefix.Label : entry.ScopedModelName;
        return shownLabel is null
            ? null
            : _display.Render(_prefix.For(stale, shownLabel), WindowReset.Current(entry.Percent, entry.ResetsAt, context.Clock.GetUtcNow()));
    }

    private static UsageLimit? FamilyMatch(IReadOnlyList<UsageLimit> limits, string? family)
    {
        if (family is null)
        {
            return null;
        }

        return limits.FirstOrDefault(limit =>
            limit.ScopedModelName is { } name && string.Equals(name, family, StringComparison.OrdinalIgnoreCase));
    }

    private static UsageLimit? HighestScoped(IReadOnlyList<UsageLimit> limits)
    {
        UsageLimit? highest = null;
        foreach (var limit in limits)
        {
            // The first of equal percents wins, as array order decides elsewhere.
            if (limit.Kind == LimitKind.WeeklyScoped && (highest is null || limit.Percent > highest.Percent))
            {
                highest = limit;
            }
        }

        return highest;
    }
}
