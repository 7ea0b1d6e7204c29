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
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in SegmentIds(config))
        {
            if (!seen.Add(id))
            {
                continue;
            }

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

    // Plain loops, not LINQ: LINQ's iterator chain resolves generic virtual methods through the
    // runtime's type loader on first use, which a cold start pays for (measured with perf).
    private static List<string> SegmentIds(LinesmithConfig config)
    {
        var ids = new List<string>();
        if (config.Lines is null)
        {
            ids.AddRange(DefaultSegments);
            ids.Add("rate_limit_5h");
            ids.Add("rate_limit_7d");
            return ids;
        }

        foreach (var line in config.Lines)
        {
            foreach (var item in line)
            {
                if (item.SegmentId is { } id)
                {
                    ids.Add(id);
                }
            }
        }

        return ids;
    }

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
                    var priority = entry.Layout.PriorityConfigured ? entry.Layout.Priority : entry.Segment.PriorityFor(context.Payload);
                    placed.Add(new PlacedSegment(id, entry.Layout.Apply(Sanitized(rendered)), priority, separator));
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

    /// <summary>
    /// The text as it will be printed (escape sequences gone, line breaks as spaces), so that the
    /// layout measures the cells the terminal will really show; the writer sanitises again, harmlessly.
    /// </summary>
    private static SegmentOutput Sanitized(SegmentOutput output)
    {
        List<TextRun>? runs = null;
        for (var i = 0; i < output.Runs.Count; i++)
        {
            var run = output.Runs[i];
            var clean = TerminalText.Sanitize(run.Text);
            if (runs is null && !ReferenceEquals(clean, run.Text))
            {
                runs = new List<TextRun>(output.Runs.Count);
                for (var j = 0; j < i; j++)
                {
                    runs.Add(output.Runs[j]);
                }
            }

            runs?.Add(run with { Text = clean });
        }

        return runs is null ? output : new SegmentOutput(runs);
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
