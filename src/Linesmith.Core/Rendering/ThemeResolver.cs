using Linesmith.Config;

namespace Linesmith.Rendering;

/// <summary>
/// Finds the theme a config names: a user theme file <c>&lt;config dir&gt;/themes/&lt;name&gt;.toml</c>
/// first (so a user can override a built-in), then the built-in themes. A user theme sets role
/// colours as <c>primary = "#88c0d0"</c> (top level or under <c>[roles]</c>), and <c>background</c>, the
/// text colour on filled segments; what it leaves out keeps the default theme's colour. An unknown name
/// never falls back silently: it warns, naming the theme and the fallback (<c>--check-config</c>,
/// <c>doctor</c>, the log), and uses the default theme.
/// </summary>
internal static class ThemeResolver
{
    /// <param name="source">Where the name came from (<see cref="LinesmithConfig.ThemeSource"/>), for the warning.</param>
    public static Theme Resolve(string name, string? configDirectory, ConfigProblems problems, string source = "theme")
    {
        if (configDirectory is not null && IsPlainName(name))
        {
            var path = Path.Join(configDirectory, "themes", name + ".toml");
            if (File.Exists(path))
            {
                return LoadUserTheme(name, path, problems);
            }
        }

        if (BuiltInThemes.Find(name) is { } builtIn)
        {
            return builtIn;
        }

        problems.Add(source, $"unknown theme '{name}'; using 'default'");
        return BuiltInThemes.Default;
    }

    /// <summary>The built-in themes, then the user's <c>themes/NAME.toml</c> files in name order; a name once.</summary>
    public static IEnumerable<string> Names(string? configDirectory) =>
        BuiltInThemes.All.Select(theme => theme.Name).Concat(UserThemes(configDirectory)).Distinct(StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> UserThemes(string? directory)
    {
        var themes = directory is null ? null : Path.Join(directory, "themes");
        if (themes is null || !Directory.Exists(themes))
        {
            return [];
        }

        return Directory.EnumerateFiles(themes, "*.toml").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal);
    }

    private static bool IsPlainName(string name) =>
        name.Length is > 0 and <= 64 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private static Theme LoadUserTheme(string name, string path, ConfigProblems problems)
    {
        var file = ConfigFile.Read(path);
        foreach (var problem in file.LocatedProblems())
        {
            problems.Add(problem with { KeyPath = $"theme {path}" + (problem.KeyPath.Length > 0 ? $": {problem.KeyPath}" : string.Empty) });
        }

        var table = new SettingsTable(string.Empty, file.Root, problems);
        var roles = table.Contains("roles") ? table.GetTable("roles") : table;
        var colors = new Dictionary<StyleRole, Rgb>(BuiltInThemes.Default.Colors);
        foreach (var role in Enum.GetValues<StyleRole>())
        {
            var key = role.ToString().ToLowerInvariant();
            if (roles.GetString(key) is not { } hex)
            {
                continue;
            }

            if (Rgb.TryParse(hex, out var color))
            {
                colors[role] = color;
            }
            else
            {
                problems.Add($"theme {path}: {key}", $"'{hex}' is not a #rrggbb colour; keeping the default");
            }
        }

        var background = BuiltInThemes.Default.Background;
        if (roles.GetString("background") is { } back)
        {
            if (Rgb.TryParse(back, out var color))
            {
                background = color;
            }
            else
            {
                problems.Add($"theme {path}: background", $"'{back}' is not a #rrggbb colour; keeping the default");
            }
        }

        return new Theme(name, colors, background);
    }
}
