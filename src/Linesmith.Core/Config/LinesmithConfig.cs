using Linesmith.Platform;

namespace Linesmith.Config;

/// <summary>
/// The configuration a run uses: the config file's values checked and typed, with defaults for
/// everything missing or wrong (docs/spec/config.md). Segment tables are
/// handed to segments as they are built; keys nothing reads are reported at the end as unknown.
/// </summary>
internal sealed class LinesmithConfig
{
    public const string DefaultTheme = "default";
    public const string DefaultSeparator = " · ";

    private readonly SettingsTable _root;
    private readonly SettingsTable _segments;
    private readonly Dictionary<string, SettingsTable> _segmentTables = new(StringComparer.Ordinal);

    private LinesmithConfig(ConfigFile file, EnvironmentSnapshot environment)
    {
        File = file;
        _root = new SettingsTable(string.Empty, file.Root, file.Problems);
        _segments = _root.GetTable("segments");
        Theme = environment.GetNonEmpty(EnvironmentVariables.LinesmithTheme) ?? _root.GetString("theme", DefaultTheme);
        _ = _root.GetRaw("preset");
        _ = _root.GetRaw("layout");
        Lines = LineParser.Parse(_root.GetTable("line"));
        (Separator, Color, Links, ClaudePadding) = ReadLayout(_root.GetTable("layout_options"));
        Usage = ReadUsage(_root.GetTable("usage"));
    }

    public ConfigFile File { get; }

    public string Theme { get; }

    /// <summary>The configured lines, or null for the built-in default line.</summary>
    public IReadOnlyList<IReadOnlyList<LineItem>>? Lines { get; }

    /// <summary>What goes between two segments: <c>space</c>, <c>powerline</c> (a thin arrow glyph) or any literal text.</summary>
    public string Separator { get; }

    public ColorMode Color { get; }

    /// <summary><c>[layout_options] links</c>: OSC 8 hyperlinks with the colours (<c>auto</c>), always or never (see <see cref="Rendering.LinkDetection"/>).</summary>
    public ColorMode Links { get; }

    /// <summary>
    /// <c>[layout_options] claude_padding</c>: the <c>statusLine.padding</c> of Claude Code's settings
    /// (0 by default, as <c>linesmith install</c> writes it); the line fits <c>COLUMNS − 4 − 2 × padding</c>
    /// cells (see <see cref="Rendering.LineWidth"/>).
    /// </summary>
    public int ClaudePadding { get; }

    public UsageOptions Usage { get; }

    public ConfigProblems Problems => File.Problems;

    public static LinesmithConfig From(ConfigFile file, EnvironmentSnapshot environment) => new(file, environment);

    /// <summary>Whether the config has a <c>[segments.&lt;id&gt;]</c> table.</summary>
    public bool HasSegmentSettings(string id) => _segments.Contains(id);

    /// <summary>The <c>[segments.&lt;id&gt;]</c> table, shared by every use of the segment in the lines.</summary>
    public SettingsTable SegmentSettings(string id)
    {
        if (!_segmentTables.TryGetValue(id, out var table))
        {
            table = _segments.GetTable(id);
            _segmentTables[id] = table;
        }

        return table;
    }

    /// <summary>
    /// Warns about every key no part of the program read: call after the segments are built.
    /// <paramref name="knownSegmentIds"/> are the ids that exist, so that a table for a segment
    /// that is not on the line is not reported as unknown.
    /// </summary>
    public void ReportUnknownKeys(IEnumerable<string> knownSegmentIds)
    {
        foreach (var id in knownSegmentIds)
        {
            if (_segments.Contains(id))
            {
                SegmentSettings(id);
            }
        }

        foreach (var table in _segmentTables.Values)
        {
            table.ReportUnreadKeys();
        }

        _segments.ReportUnreadKeys();
        _root.ReportUnreadKeys();
    }

    /// <summary>More padding than this leaves no line on any terminal; a larger value is a typo.</summary>
    public const int MaxClaudePadding = 100;

    private static (string Separator, ColorMode Color, ColorMode Links, int ClaudePadding) ReadLayout(SettingsTable options)
    {
        var text = options.GetString("separator");
        var separator = text switch
        {
            null => DefaultSeparator,
            "space" => " ",
            "powerline" => " \uE0B1 ",
            _ => text,
        };
        var mode = ReadMode(options, "color");
        var links = ReadMode(options, "links");
        // The statusLine.padding of Claude Code's settings (see Rendering.LineWidth).
        var padding = options.GetInteger("claude_padding", 0, 0, MaxClaudePadding);

        options.ReportUnreadKeys();
        return (separator, mode, links, (int)padding);
    }

    private static ColorMode ReadMode(SettingsTable options, string key)
    {
        var value = options.GetString(key, "auto");
        return value switch
        {
            "auto" => ColorMode.Auto,
            "always" => ColorMode.Always,
            "never" => ColorMode.Never,
            _ => Warn(options, key, $"unknown value '{value}' (expected auto, always or never); using auto", ColorMode.Auto),
        };
    }

    private static UsageOptions ReadUsage(SettingsTable usage)
    {
        // Null (not set) lets the environment and the defaults decide; a refused value is warned about and unset.
        var duration = usage.GetIntegerIfSet("cache_duration", UsageOptions.DefaultCacheDurationSeconds, 0, UsageOptions.MaxCacheDurationSeconds);
        var timeout = usage.GetNumberIfSet("timeout", UsageOptions.DefaultTimeoutSeconds, UsageOptions.MinTimeoutSeconds, UsageOptions.MaxTimeoutSeconds);
        var staleAfter = usage.GetIntegerIfSet("stale_after", UsageOptions.DefaultStaleAfterSeconds, UsageOptions.MinStaleAfterSeconds, UsageOptions.MaxStaleAfterSeconds);

        var options = new UsageOptions(duration, usage.GetString("api_base_url"), timeout, usage.GetString("user_agent"), staleAfter);
        usage.ReportUnreadKeys();
        return options;
    }

    private static T Warn<T>(SettingsTable table, string key, string message, T fallback)
    {
        table.Warn(key, message);
        return fallback;
    }
}
