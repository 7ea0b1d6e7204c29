namespace Linesmith.Rendering;

/// <summary>The themes compiled into the binary, each the published palette of its namesake.</summary>
internal static class BuiltInThemes
{
    public static Theme Default { get; } = Make("default", null, "#61afef", "#c678dd", "#7f848e", "#98c379", "#e5c07b", "#e06c75", "#56b6c2");

    public static IReadOnlyList<Theme> All { get; } =
    [
        Default,
        Make("minimal", null, null, null, "#808080", null, "#d7af00", "#d70000", null),
        Make("nord", "#d8dee9", "#88c0d0", "#b48ead", "#616e88", "#a3be8c", "#ebcb8b", "#bf616a", "#81a1c1"),
        Make("dracula", "#f8f8f2", "#bd93f9", "#ff79c6", "#6272a4", "#50fa7b", "#f1fa8c", "#ff5555", "#8be9fd"),
        Make("gruvbox", "#ebdbb2", "#83a598", "#d3869b", "#928374", "#b8bb26", "#fabd2f", "#fb4934", "#8ec07c"),
        Make("catppuccin-mocha", "#cdd6f4", "#89b4fa", "#cba6f7", "#6c7086", "#a6e3a1", "#f9e2af", "#f38ba8", "#94e2d5"),
    ];

    public static Theme? Find(string name) => All.FirstOrDefault(theme => string.Equals(theme.Name, name, StringComparison.OrdinalIgnoreCase));

    private static Theme Make(string name, string? foreground, string? primary, string? accent, string? muted, string? success, string? warning, string? critical, string? info)
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
        return new Theme(name, colors);
    }
}
