using Linesmith.Config;

namespace Linesmith.Rendering;

/// <summary>
/// One icon per segment id in each set of <c>[layout_options] icons</c> (README.md#layout-and-look). Nerd
/// Font icons are from the Nerd Fonts 3 cheat sheet (Font Awesome, Octicons, Devicons, Material Design);
/// the Unicode ones are text-presentation symbols, no emoji (emoji are drawn two cells wide by some
/// terminals and one by others, the glyph corruption users file most against statuslines); the ASCII
/// ones are printable ASCII. A segment without an entry gets none; a segment's own <c>icon</c> key wins.
/// </summary>
internal static class SegmentIcons
{
    // id: nerdfont, unicode, ascii
    private static readonly Dictionary<string, (string NerdFont, string Unicode, string Ascii)> Icons = new(StringComparer.Ordinal)
    {
        ["model"] = ("\U000F06A9", "✦", "*"),
        ["context_window"] = ("\U000F035B", "◔", "#"),
        ["context_bar"] = ("\U000F035B", "◔", "#"),
        ["workspace"] = ("\uF07C", "⌂", "~"),
        ["cost"] = ("\uF155", "¤", "$"),
        ["session_duration"] = ("\uF017", "◷", "t"),
        ["lines_changed"] = ("\uF440", "±", "+-"),
        ["tokens_input"] = ("\U000F02FA", "↓", "<"),
        ["tokens_output"] = ("\U000F0207", "↑", ">"),
        ["tokens_cached"] = ("\U000F00E8", "↻", "="),
        ["tokens_total"] = ("\U000F04A0", "Σ", "T"),
        ["effort"] = ("\U000F04C5", "≡", "!"),
        ["output_style"] = ("\U000F03D8", "¶", "&"),
        ["vim"] = ("\uE62B", "✎", "v"),
        ["agent"] = ("\U000F0004", "⌘", "a"),
        ["version"] = ("\uF412", "⚑", "V"),
        ["session_name"] = ("\uF02E", "§", "n"),
        ["worktree_branch"] = ("\uE725", "⎇", "Y"),
        ["prompt_cache"] = ("\U000F01BC", "⛁", "c"),
        ["pr"] = ("\uF407", "⇄", "^"),
        ["fast_mode"] = ("\uF0E7", "»", ">>"),
        ["thinking"] = ("\U000F09D1", "∴", ".."),
        ["spend_limit"] = ("\uF09D", "≤", "$"),
        ["git_branch"] = ("\uE725", "⎇", "Y"),
        ["rate_limit_5h"] = ("\U000F051F", "⧗", "%"),
        ["rate_limit_7d"] = ("\uF073", "▦", "%"),
        ["rate_limit_5h_reset"] = ("\uF021", "↺", "@"),
        ["rate_limit_7d_reset"] = ("\uF021", "↺", "@"),
        ["extra_usage"] = ("\uF055", "⊕", "+"),
        ["rate_limit_7d_model"] = ("\U000F0128", "▤", "%"),
        ["auto_compact"] = ("\uF066", "⇲", "v"),
        ["cache_hit_rate"] = ("\uF140", "◎", "o"),
        ["cost_rate"] = ("\uF201", "∆", "$h"),
        ["output_speed"] = ("\uF0E4", "⇶", "ts"),
        ["env"] = ("\uF013", "≔", "="),
        ["terminal_width"] = ("\uF120", "↔", "<>"),
        ["custom_text"] = ("\uF040", "✐", ">"),
        ["custom_command"] = ("\uF489", "❯", "!"),
        ["git_status"] = ("\uF440", "±", "+-"),
        ["git_stash"] = ("\uF187", "≣", "s"),
        ["git_operation"] = ("\uF419", "⑂", "M"),
        ["git_sha"] = ("\uF417", "⌗", "#"),
        ["git_tag"] = ("\uF412", "⚐", "t"),
        ["git_repo"] = ("\uF401", "⊞", "r"),
        ["git_age"] = ("\uF1DA", "⧖", "a"),
    };

    /// <summary>The icon of segment <paramref name="id"/> in <paramref name="set"/>; null for <see cref="IconChoice.SegmentDefault"/> (the segment's own).</summary>
    public static string? For(string id, IconChoice set)
    {
        if (set == IconChoice.SegmentDefault)
        {
            return null;
        }

        return set != IconChoice.Off && Icons.TryGetValue(id, out var icons) ? Pick(icons, set) : string.Empty;
    }

    /// <summary>Whether <paramref name="id"/> has an icon in every set (a test checks every segment of the table).</summary>
    public static bool Has(string id) => Icons.ContainsKey(id);

    private static string Pick((string NerdFont, string Unicode, string Ascii) icons, IconChoice set) => set switch
    {
        IconChoice.NerdFont => icons.NerdFont,
        IconChoice.Unicode => icons.Unicode,
        _ => icons.Ascii,
    };
}
