using Linesmith.Config;
using Linesmith.Platform;
using Linesmith.Segments;

namespace Linesmith.Tests.Rendering.Look;

/// <summary>Helpers of the layout-and-look tests: escape sequences made visible, a config's located problems.</summary>
internal static class LookHarness
{
    /// <summary>ESC as <c>\e</c>, so that a golden file reads as text and a diff shows the codes.</summary>
    public static string Visible(string line) => line.Replace("\u001B", "\\e", StringComparison.Ordinal);

    /// <summary>The problems of <paramref name="toml"/> after the line is built (segments, [style]), with their locations.</summary>
    public static IReadOnlyList<ConfigProblem> Problems(string toml)
    {
        var file = ConfigFile.Parse(toml, "config.toml");
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        _ = new LineBuilder(config);
        return file.LocatedProblems();
    }
}
