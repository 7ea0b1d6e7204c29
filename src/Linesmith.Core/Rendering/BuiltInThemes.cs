namespace Linesmith.Rendering;

/// <summary>
/// The themes compiled into the binary, each the published palette of its namesake: the eleven of the
/// Rust original (docs/spec/config.md#keys: default, minimal, the four Catppuccin flavours, Dracula,
/// Nord, Gruvbox, Tokyo Night in its Storm variant, Rosé Pine), a light one (GitHub's Primer light
/// palette) and a high-contrast one (every role at least 7:1 against black, WCAG AAA).
/// Roles: primary is the palette's blue, accent its purple, muted its comment grey, success green,
/// warning yellow, critical red, info cyan or teal; the last colour is the palette's background.
/// </summary>
internal static class BuiltInThemes
{
    public static Theme Default { get; } = Make("default", null, "#61afef", "#c678dd", "#7f848e", "#98c379", "#e5c07b", "#e06c75", "#56b6c2", "#282c34");

    /// <summary>Every built-in theme, <see cref="Default"/> first.</summary>
    public static IReadOnlyList<Theme> All => Catalog.Themes;

    /// <summary>The built-in theme named <paramref name="name"/> (any case), or null.</summary>
    public static Theme? Find(string name)
    {
        // The default theme needs none of the others built: a render without a theme builds one palette.
        if (string.Equals(name, Default.Name, StringComparison.OrdinalIgnoreCase))
        {
            return Default;
        }

        foreach (var theme in Catalog.Themes)
        {
            if (string.Equals(theme.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return theme;
            }
        }

        return null;
    }

    private static Theme Make(string name, string? foreground, string? primary, string? accent, string? muted, string? success, string? warning, string? critical, string? info, string? background)
    {
        var colors = new Dictionary<StyleRole, Rgb>();
        void Set(StyleRole role, string? hex)
        {
            if (Rgb.TryParse(hex, out var color))
            {
                colors[role] = color;
            }
        }

        Set(StyleRole.Foreground, foreground);
        Set(StyleRole.Primary, primary);
        Set(StyleRole.Accent, accent);
        Set(StyleRole.Muted, muted);
        Set(StyleRole.Success, success);
        Set(StyleRole.Warning, warning);
        Set(StyleRole.Critical, critical);
        Set(StyleRole.Info, info);
        return new Theme(name, colors, Rgb.TryParse(background, out var back) ? back : null);
    }

    // Built on first use only (a theme other than the default, `themes list`).
    private static class Catalog
    {
        public static readonly Theme[] Themes =
        [
            Default,
            Make("minimal", null, null, null, "#808080", null, "#d7af00", "#d70000", null, null),
            Make("nord", "#d8dee9", "#88c0d0", "#b48ead", "#616e88", "#a3be8c", "#ebcb8b", "#bf616a", "#81a1c1", "#2e3440"),
            Make("dracula", "#f8f8f2", "#bd93f9", "#ff79c6", "#6272a4", "#50fa7b", "#f1fa8c", "#ff5555", "#8be9fd", "#282a36"),
            Make("gruvbox", "#ebdbb2", "#83a598", "#d3869b", "#928374", "#b8bb26", "#fabd2f", "#fb4934", "#8ec07c", "#282828"),
            // Catppuccin (github.com/catppuccin/palette): text, blue, mauve, overlay0, green, yellow, red, teal, base.
            Make("catppuccin-mocha", "#cdd6f4", "#89b4fa", "#cba6f7", "#6c7086", "#a6e3a1", "#f9e2af", "#f38ba8", "#94e2d5", "#1e1e2e"),
            Make("catppuccin-macchiato", "#cad3f5", "#8aadf4", "#c6a0f6", "#6e738d", "#a6da95", "#eed49f", "#ed8796", "#8bd5ca", "#24273a"),
            Make("catppuccin-frappe", "#c6d0f5", "#8caaee", "#ca9ee6", "#737994", "#a6d189", "#e5c890", "#e78284", "#81c8be", "#303446"),
            Make("catppuccin-latte", "#4c4f69", "#1e66f5", "#8839ef", "#9ca0b0", "#40a02b", "#df8e1d", "#d20f39", "#179299", "#eff1f5"),
            // Tokyo Night Storm (github.com/folke/tokyonight.nvim): fg, blue, magenta, comment, green, yellow, red, cyan, bg.
            Make("tokyo-night", "#c0caf5", "#7aa2f7", "#bb9af7", "#565f89", "#9ece6a", "#e0af68", "#f7768e", "#7dcfff", "#24283b"),
            // Rosé Pine (rosepinetheme.com/palette): text, rose, iris, muted, foam, gold, love, pine, base.
            Make("rose-pine", "#e0def4", "#ebbcba", "#c4a7e7", "#6e6a86", "#9ccfd8", "#f6c177", "#eb6f92", "#31748f", "#191724"),
            // GitHub Primer light (primer.style/primitives): fg.default, accent, done, fg.muted, success, attention, danger, ansi cyan, canvas.
            Make("github-light", "#1f2328", "#0969da", "#8250df", "#59636e", "#1a7f37", "#9a6700", "#d1242f", "#1b7c83", "#ffffff"),
            Make("high-contrast", "#ffffff", "#5fd7ff", "#ff87ff", "#d0d0d0", "#00ff5f", "#ffff00", "#ff5f5f", "#00ffff", "#000000"),
        ];
    }
}
