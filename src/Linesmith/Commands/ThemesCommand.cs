using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Host;
using Linesmith.Rendering;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith themes list</c>: every built-in theme and every user theme in
/// <c>&lt;config dir&gt;/themes/NAME.toml</c>, each with a one-line sample of its role colours at the
/// colour depth a render would use (docs/spec/config.md#environment-variables).
/// </summary>
internal static class ThemesCommand
{
    private static readonly TextRun[] SampleRuns =
    [
        new("primary", StyleRole.Primary),
        new(" accent", StyleRole.Accent),
        new(" ok", StyleRole.Success),
        new(" warning", StyleRole.Warning),
        new(" critical", StyleRole.Critical),
        new(" info", StyleRole.Info),
        new(" muted", StyleRole.Muted),
    ];

    public static int List(World world, RunContext run)
    {
        var config = run.Config;
        var depth = ColorDetection.Detect(run.Environment, config.Color, null);
        var directory = run.Directories.ConfigDirectory;
        foreach (var name in ThemeResolver.Names(directory))
        {
            var problems = new ConfigProblems();
            var theme = ThemeResolver.Resolve(name, directory, problems);
            var mark = string.Equals(name, config.Theme, StringComparison.OrdinalIgnoreCase) ? "*" : " ";
            var origin = BuiltInThemes.Find(name) is null || IsUserFile(directory, name) ? " (user)" : string.Empty;
            world.Out.WriteLine($"{mark} {(name + origin),-24}{new AnsiWriter(theme, depth).Write(SampleRuns)}");
        }

        world.Out.WriteLine("Set one with theme = \"NAME\" in config.toml or LINESMITH_THEME=NAME (* marks the theme in use).");
        return ExitCodes.Success;
    }

    private static bool IsUserFile(string? directory, string name) =>
        directory is not null && File.Exists(Path.Join(directory, "themes", name + ".toml"));
}
