using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Segments;

namespace Linesmith.Rendering;

/// <summary>
/// The configured lines with their segments built once, ready to render. With no configured line the
/// default applies: model, context, cost, git branch and workspace, plus the 5-hour and 7-day rate
/// limits when stdin carries them (free data: a first run never reads credentials or calls the
/// network, because the endpoint-backed segments are opt-in).
/// </summary>
internal sealed class StatusLine
{
    public static readonly IReadOnlyList<string> DefaultSegments = ["model", "context_window", "cost", "git_branch", "workspace"];

    private readonly LinesmithConfig _config;
    private readonly Dictionary<string, (ISegment Segment, SegmentLayout Layout)> _segments = new(StringComparer.Ordinal);

    public StatusLine(LinesmithConfig config, IReadOnlyDictionary<string, SegmentFactory> registry)
    {
        _config = config;
        Registry = registry;
        var ids = config.Lines?.SelectMany(line => line).Select(item => item.SegmentId).OfType<string>()
            ?? DefaultSegments.Concat(["rate_limit_5h", "rate_limit_7d"]);
        foreach (var id in ids.Distinct())
        {
            if (registry.TryGetValue(id, out var create))
            {
                var settings = config.SegmentSettings(id);
                var segment = create(settings);
                _segments[id] = (segment, SegmentLayout.From(settings, segment.DefaultPriority));
            }
            else if (config.Lines is not null)
            {
                config.Problems.Add("line.segments", $"unknown segment '{id}'; skipped");
            }
        }

        config.ReportUnknownKeys(registry.Keys);
    }

    public IReadOnlyDictionary<string, SegmentFactory> Registry { get; }

    /// <summary>
    /// Renders every line; lines left empty are dropped. A segment that fails is hidden and reported
    /// through <paramref name="segmentFailed"/>, so one bug costs one segment, not the line.
    /// </summary>
    public IReadOnlyList<string> Render(SegmentContext context, AnsiWriter writer, int? width, Action<string, Exception> segmentFailed)
    {
        var output = new List<string>();
        foreach (var line in Lines(context.Payload))
        {
            var placed = new List<PlacedSegment>();
            var separator = _config.Separator;
            foreach (var item in line)
            {
                if (item.Separator is { } literal)
                {
                    separator = literal;
                    continue;
                }

                if (item.SegmentId is not { } id || !_segments.TryGetValue(id, out var entry))
                {
                    continue;
                }

                SegmentOutput? rendered;
                try
                {
                    rendered = entry.Segment.Render(context);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    segmentFailed(id, exception);
                    rendered = null;
                }

                if (rendered is { Runs.Count: > 0 })
                {
                    placed.Add(new PlacedSegment(id, entry.Layout.Apply(rendered), entry.Layout.Priority, separator));
                    separator = _config.Separator;
                }
            }

            var text = writer.Write(LineLayout.Fit(placed, width));
            if (text.Length > 0)
            {
                output.Add(text);
            }
        }

        return output;
    }

    private IEnumerable<IReadOnlyList<LineItem>> Lines(StatusPayload payload)
    {
        if (_config.Lines is { } lines)
        {
            return lines;
        }

        var items = DefaultSegments.Select(LineItem.Segment).ToList();
        // Only windows stdin really carries: a window without its percentage would send the segment
        // to the endpoint, which the default line never calls.
        if (payload.RateLimits?.FiveHour?.UsedPercentage is not null)
        {
            items.Add(LineItem.Segment("rate_limit_5h"));
        }

        if (payload.RateLimits?.SevenDay?.UsedPercentage is not null)
        {
            items.Add(LineItem.Segment("rate_limit_7d"));
        }

        return [items];
    }
}
