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
    public const string DefaultSeparator = LayoutOptions.DefaultSeparator;

    private readonly SettingsTable _root;
    private readonly SettingsTable _segments;
    private readonly Dictionary<string, SettingsTable> _segmentTables = new(StringComparer.Ordinal);

    private LinesmithConfig(ConfigFile file, EnvironmentSnapshot environment)
    {
        File = file;
        _root = new SettingsTable(string.Empty, file.Root, file.Problems);
        _segments = _root.GetTable("segments");
        var fromEnvironment = environment.GetNonEmpty(EnvironmentVariables.LinesmithTheme);
        Theme = fromEnvironment ?? _root.GetString("theme", DefaultTheme);
        ThemeSource = fromEnvironment is null ? "theme" : EnvironmentVariables.LinesmithTheme;
        _ = _root.GetRaw("preset");
        _ = _root.GetRaw("layout");
        Lines = LineParser.Parse(_root.GetTable("line"));
        Layout = LayoutOptions.Read(_root.GetTable("layout_options"));
        Style = _root.GetTable("style");
        Usage = ReadUsage(_root.GetTable("usage"));
        KeepPayload = ReadEditor(_root.GetTable("editor"));
    }

    public ConfigFile File { get; }

    public string Theme { get; }

    /// <summary>
    /// Where <see cref="Theme"/> was named: the config's <c>theme</c> key, or <c>LINESMITH_THEME</c>, which
    /// wins over it. A warning about the theme names this, so it never points at a line that is not the cause.
    /// </summary>
    public string ThemeSource { get; }

    /// <summary>The configured lines, or null for the built-in default line.</summary>
    public IReadOnlyList<IReadOnlyList<LineItem>>? Lines { get; }

    /// <summary>The <c>[layout_options]</c> table.</summary>
    public LayoutOptions Layout { get; }

    /// <summary>
    /// The <c>[style]</c> table: per segment <c>fg</c> and <c>bg</c> (<c>[style.model] bg = "#1e66f5"</c>), read
    /// and checked by the renderer (<see cref="Rendering.SegmentColors"/>) once the segment ids are known.
    /// </summary>
    public SettingsTable Style { get; }

    /// <summary>What goes between two segments: <c>space</c>, <c>powerline</c> (a thin arrow glyph) or any literal text.</summary>
    public string Separator => Layout.Separator;

    public ColorMode Color => Layout.Color;

    /// <summary><c>[layout_options] links</c>: OSC 8 hyperlinks with the colours (<c>auto</c>), always or never (see <see cref="Rendering.LinkDetection"/>).</summary>
    public ColorMode Links => Layout.Links;

    /// <summary>
    /// <c>[layout_options] claude_padding</c>: the <c>statusLine.padding</c> of Claude Code's settings
    /// (0 by default, as <c>linesmith install</c> writes it); the line fits <c>COLUMNS − 4 − 2 × padding</c>
    /// cells (see <see cref="Rendering.LineWidth"/>).
    /// </summary>
    public int ClaudePadding => Layout.ClaudePadding;

    public UsageOptions Usage { get; }

    /// <summary>
    /// <c>[editor] keep_payload</c>: a render keeps the payload it read for <c>linesmith config</c>'s
    /// preview (<see cref="Input.KeptPayload"/>, docs/spec/on-disk-formats.md#last-payloadjson); off by default.
    /// </summary>
    public bool KeepPayload { get; }

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
    public const int MaxClaudePadding = LayoutOptions.MaxClaudePadding;

    private static bool ReadEditor(SettingsTable editor)
    {
        var keep = editor.GetBool("keep_payload", false);
        editor.ReportUnreadKeys();
        return keep;
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
}
