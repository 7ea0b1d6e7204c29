using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments;

/// <summary>
/// The keys every segment takes for the layout (docs/spec/config.md): <c>priority</c>
/// (0 never drops … 255 drops first), <c>width = { min, max }</c> in cells, and <c>style</c>
/// (<c>"role:accent bold"</c>: a role for all of the segment's text, plus <c>bold</c> / <c>dim</c>).
/// </summary>
internal sealed record SegmentLayout(int Priority, bool PriorityConfigured, int MinWidth, int MaxWidth, StyleRole? Role, bool Bold, bool Dim)
{
    /// <summary>The widest <c>width.min</c> / <c>width.max</c>: no terminal line is wider.</summary>
    public const int MaxWidthCells = 1000;

    /// <summary>The <c>priority</c> key; its default is each segment's own (<see cref="SegmentDefinition.DefaultPriority"/>).</summary>
    public static readonly IntegerOption PriorityKey = new("priority", "when the line is too wide, higher drops first; 0 never drops", 0, 0, 255);

    public static readonly IntegerOption MinWidthKey = new("width.min", "pad the segment to at least this many cells", 0, 0, MaxWidthCells);

    public static readonly IntegerOption MaxWidthKey = new("width.max", "cut the segment to at most this many cells (0: no maximum; else at least width.min)", 0, 0, MaxWidthCells);

    public static readonly StyleOption StyleKey = new("style", "\"role:<role>\" for all of the segment's text, plus bold or dim");

    /// <summary>The keys every segment takes for the layout, with the segment's default priority.</summary>
    public static IReadOnlyList<SegmentOption> Options(int defaultPriority) =>
        [PriorityKey.WithDefault(defaultPriority), MinWidthKey, MaxWidthKey, StyleKey];

    public static SegmentLayout From(SettingsTable settings, int defaultPriority)
    {
        // A refused value (out of range, another type) warns and leaves the segment's own default,
        // which may depend on the payload (ISegment.PriorityFor), as if none were set.
        var configured = settings.Contains(PriorityKey.Leaf)
            ? settings.GetInteger(PriorityKey.Leaf, defaultPriority, PriorityKey.Min, PriorityKey.Max, "using the default")
            : null;
        var priority = configured ?? defaultPriority;
        var width = settings.GetTable("width");
        var min = MinWidthKey.Read(width);
        var max = MaxWidthKey.Read(width);
        if (max > 0 && min > max)
        {
            width.Warn(MaxWidthKey.Leaf, $"must be 0 (no maximum) or at least min ({min}), found {max}; width ignored");
            (min, max) = (0, 0);
        }

        width.ReportUnreadKeys();
        var (role, bold, dim) = ParseStyle(settings);
        return new SegmentLayout((int)priority, configured is not null, (int)min, (int)max, role, bold, dim);
    }

    /// <summary>Applies the style override, then pads to <see cref="MinWidth"/> and cuts to <see cref="MaxWidth"/>.</summary>
    public SegmentOutput Apply(SegmentOutput output)
    {
        if (Role is not null || Bold || Dim)
        {
            output = new SegmentOutput(output.Runs.Select(run => run with { Role = Role ?? run.Role, Bold = run.Bold || Bold, Dim = run.Dim || Dim }).ToList());
        }

        if (MaxWidth > 0 && output.Width > MaxWidth)
        {
            output = new SegmentOutput(LineLayout.Truncate(output.Runs, MaxWidth));
        }

        if (MinWidth > output.Width)
        {
            output = new SegmentOutput([.. output.Runs, new TextRun(new string(' ', MinWidth - output.Width), output.Runs[^1].Role)]);
        }

        return output;
    }

    private static (StyleRole? Role, bool Bold, bool Dim) ParseStyle(SettingsTable settings)
    {
        if (settings.GetString(StyleKey.Leaf) is not { } style)
        {
            return (null, false, false);
        }

        StyleRole? role = null;
        var (bold, dim) = (false, false);
        foreach (var token in style.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token == "bold")
            {
                bold = true;
            }
            else if (token == "dim")
            {
                dim = true;
            }
            else if (token.StartsWith("role:", StringComparison.Ordinal) && RoleNamed(token[5..]) is { } parsed)
            {
                role = parsed;
            }
            else
            {
                settings.Warn(StyleKey.Leaf, $"unknown style '{token}' (expected role:<name>, bold or dim); ignored");
            }
        }

        return (role, bold, dim);
    }

    // A role by its name in any case, and nothing else: Enum.TryParse would also take "1" or "primary,accent"
    // (flags OR-ed into another role), which the JSON Schema's pattern (schema/config.schema.json) refuses.
    private static StyleRole? RoleNamed(string name)
    {
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            if (string.Equals(name, role.ToString(), StringComparison.OrdinalIgnoreCase))
            {
                return role;
            }
        }

        return null;
    }
}
