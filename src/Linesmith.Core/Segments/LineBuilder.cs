using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;
using Linesmith.Text;
using Linesmith.Usage.Cascade;

namespace Linesmith.Segments;

/// <summary>
/// The configured lines with their segments built once from the <see cref="SegmentTable"/>, ready to
/// render. With no configured line the table's <see cref="SegmentTable.DefaultLine"/> applies, its
/// usage segments only when stdin carries their window (free data: a first run never reads
/// credentials or calls the network, because the endpoint-backed segments are opt-in).
/// </summary>
internal sealed class LineBuilder
{
    private readonly LinesmithConfig _config;
    // Each segment on the lines: its row, the segment built from its settings, and its layout keys.
    private readonly Dictionary<string, (SegmentDefinition Row, ISegment Segment, SegmentLayout Layout)> _segments = new(StringComparer.Ordinal);
    private readonly LinePainter _painter;
    private readonly HashSet<string>? _linked;

    public LineBuilder(LinesmithConfig config)
        : this(config, SegmentTable.Ids, SegmentTable.Find)
    {
    }

    /// <summary>With <paramref name="rows"/> in place of the table's (a test that watches what is built).</summary>
    public LineBuilder(LinesmithConfig config, IReadOnlyList<SegmentDefinition> rows)
        : this(config, IdsOf(rows), id => FirstWithId(rows, id))
    {
    }

    /// <param name="ids">Every segment id there is.</param>
    /// <param name="find">Builds the row of an id: only the segments on the lines, and those with a table in the config, are built.</param>
    private LineBuilder(LinesmithConfig config, IReadOnlyList<string> ids, Func<string, SegmentDefinition?> find)
    {
        _config = config;
        foreach (var id in SegmentIds(config))
        {
            if (_segments.ContainsKey(id))
            {
                continue;
            }

            if (find(id) is { } row)
            {
                var settings = WithIcon(config.SegmentSettings(id), row, config.Layout.Icons);
                var segment = row.Create(settings);
                _segments[id] = (row, segment, SegmentLayout.From(settings, row.DefaultPriority));
            }
            else if (config.Lines is not null)
            {
                config.Problems.Add("line.segments", $"unknown segment '{id}'; skipped");
            }
        }

        CheckTablesOffTheLine(config, ids, find);
        _painter = new LinePainter(config.Layout, SegmentColors.Read(config.Style, id => IsOneOf(ids, id)));
        _linked = LinkedSegments(config);
        config.ReportUnknownKeys(ids);
    }

    private static string[] IdsOf(IReadOnlyList<SegmentDefinition> rows)
    {
        var ids = new string[rows.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = rows[i].Id;
        }

        return ids;
    }

    private static bool IsOneOf(IReadOnlyList<string> ids, string id)
    {
        foreach (var known in ids)
        {
            if (string.Equals(known, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static SegmentDefinition? FirstWithId(IReadOnlyList<SegmentDefinition> rows, string id)
    {
        foreach (var row in rows)
        {
            if (string.Equals(row.Id, id, StringComparison.Ordinal))
            {
                return row;
            }
        }

        return null;
    }

    /// <summary>
    /// The segment's table with the <c>icon</c> of the configured icon set (<see cref="SegmentIcons"/>) where the
    /// table sets none; unchanged without a set, so a line with no <c>icons</c> pays nothing.
    /// </summary>
    private static SettingsTable WithIcon(SettingsTable settings, SegmentDefinition row, IconChoice icons) =>
        icons != IconChoice.SegmentDefault && row.Option("icon") is not null && SegmentIcons.For(row.Id, icons) is { } icon
            ? settings.WithDefault("icon", icon)
            : settings;

    /// <summary><c>[layout_options] link_segments</c>: the ids with a link target (<see cref="SegmentLinks"/>); null for none.</summary>
    private static HashSet<string>? LinkedSegments(LinesmithConfig config)
    {
        if (config.Layout.LinkSegments.Count == 0)
        {
            return null;
        }

        var linked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in config.Layout.LinkSegments)
        {
            if (SegmentLinks.Ids.Contains(id))
            {
                linked.Add(id);
            }
            else
            {
                config.Problems.Add("layout_options.link_segments", $"segment '{id}' has no link target (only {string.Join(", ", SegmentLinks.Ids)}); ignored");
            }
        }

        return linked;
    }

    /// <summary>
    /// The <c>[segments.&lt;id&gt;]</c> table of a segment that is not on the line is read as if the
    /// segment were built, and then left: keeping <c>[segments.pr]</c> while <c>pr</c> is off the line
    /// is no mistake, a misspelt key or a wrong value in it still is (<c>--check-config</c> lists it).
    /// Only tables the config has cost anything.
    /// </summary>
    private void CheckTablesOffTheLine(LinesmithConfig config, IReadOnlyList<string> ids, Func<string, SegmentDefinition?> find)
    {
        foreach (var id in ids)
        {
            if (!_segments.ContainsKey(id) && config.HasSegmentSettings(id) && find(id) is { } row)
            {
                var settings = config.SegmentSettings(id);
                _ = row.Create(settings);
                _ = SegmentLayout.From(settings, row.DefaultPriority);
            }
        }
    }

    // Plain loops, not LINQ: LINQ's iterator chain resolves generic virtual methods through the
    // runtime's type loader on first use, which a cold start pays for (measured with perf).
    private static List<string> SegmentIds(LinesmithConfig config)
    {
        var ids = new List<string>();
        if (config.Lines is null)
        {
            ids.AddRange(SegmentTable.DefaultLine);
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
    /// The usage windows the segments on the lines for <paramref name="payload"/> may ask the cascade
    /// for: the union of their rows' <see cref="SegmentNeeds.Usage"/>; <see cref="UsageNeeds.None"/>
    /// for a line that shows no usage data, which then never reads the cache or calls the endpoint.
    /// </summary>
    public UsageNeeds NeedsFor(StatusPayload payload)
    {
        var needs = UsageNeeds.None;
        foreach (var line in Lines(payload))
        {
            foreach (var item in line)
            {
                if (item.SegmentId is { } id && _segments.TryGetValue(id, out var entry))
                {
                    needs |= entry.Row.Needs.Usage;
                }
            }
        }

        return needs;
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
            var items = new List<LayoutItem>();
            var separator = _config.Separator;
            var flex = false;
            foreach (var item in line)
            {
                if (item.Flex)
                {
                    flex = true;
                    continue;
                }

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
                    var priority = entry.Layout.PriorityConfigured ? entry.Layout.Priority : entry.Segment.PriorityFor(context.Payload) ?? entry.Row.DefaultPriority;
                    var shown = entry.Layout.Apply(Linked(id, Sanitized(rendered), context.Payload, writer.Links));
                    items.Add(new LayoutItem(shown.Runs, shown.Width, priority, separator) { SegmentId = id, FlexBefore = flex });
                    separator = _config.Separator;
                    flex = false;
                }
            }

            output.AddRange(_painter.Paint(items, width, writer));
        }

        return output;
    }

    /// <summary>With links written, the segment's <c>link_segments</c> target on its runs that have no link of their own.</summary>
    private SegmentOutput Linked(string id, SegmentOutput output, StatusPayload payload, bool links)
    {
        if (!links || _linked is null || !_linked.Contains(id) || SegmentLinks.For(id, payload) is not ({ } url, var local))
        {
            return output;
        }

        var runs = new List<TextRun>(output.Runs.Count);
        foreach (var run in output.Runs)
        {
            runs.Add(run.Link is null ? run with { Link = url, LocalLink = local } : run);
        }

        return new SegmentOutput(runs);
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

    private IReadOnlyList<IReadOnlyList<LineItem>> Lines(StatusPayload payload)
    {
        if (_config.Lines is { } lines)
        {
            return lines;
        }

        var items = new List<LineItem>(SegmentTable.DefaultLine.Count);
        foreach (var id in SegmentTable.DefaultLine)
        {
            // Only windows stdin really carries: a window without its percentage would send the
            // segment to the endpoint, which the default line never calls.
            if (!_segments.TryGetValue(id, out var entry) || entry.Row.Needs.Usage == UsageNeeds.None || StdinCarries(payload, entry.Row.Needs.Usage))
            {
                items.Add(LineItem.Segment(id));
            }
        }

        return [items];
    }

    /// <summary>Whether stdin's <c>rate_limits</c> carries every window in <paramref name="needs"/> (5-hour and 7-day only).</summary>
    private static bool StdinCarries(StatusPayload payload, UsageNeeds needs) =>
        (needs & ~(UsageNeeds.FiveHour | UsageNeeds.SevenDay)) == 0
        && (!needs.HasFlag(UsageNeeds.FiveHour) || payload.RateLimits?.FiveHour?.UsedPercentage is not null)
        && (!needs.HasFlag(UsageNeeds.SevenDay) || payload.RateLimits?.SevenDay?.UsedPercentage is not null);
}
