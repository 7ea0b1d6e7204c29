using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Editing;

/// <summary>
/// The editor's preview: the config text rendered by the same code as a real render (config reading,
/// <see cref="LineBuilder"/>, the theme, <see cref="LineLayout"/>'s fitting to the cells Claude Code
/// leaves, <see cref="AnsiWriter"/>), so what the person sees is what Claude Code will show. Only the
/// usage data differs: a preview never reads credentials or calls the endpoint (it would on every
/// key press); segments that need more than stdin carries show <see cref="NoUsage"/>.
/// </summary>
internal sealed class Preview(StatusPayload payload, EnvironmentSnapshot environment, TimeProvider clock, TimeZoneInfo zone, string? configDirectory, string source = "sample payload")
{
    public const string NoUsage = "[No data]";

    /// <summary>Where the payload came from, for the preview's title: <c>sample payload</c> or <c>last payload</c>.</summary>
    public string Source { get; } = source;

    /// <summary>The lines and the config's problems, for <paramref name="text"/> at <paramref name="columns"/> terminal columns.</summary>
    public (IReadOnlyList<string> Lines, IReadOnlyList<ConfigProblem> Problems) Render(string text, int columns, ColorDepth? depthOverride = null)
    {
        var file = ConfigFile.Parse(text, ConfigLocator.FileName);
        var config = LinesmithConfig.From(file, environment);
        var lineBuilder = new LineBuilder(config);
        var theme = ThemeResolver.Resolve(config.Theme, configDirectory, config.Problems, config.ThemeSource);
        var depth = depthOverride ?? ColorDetection.Detect(environment, config.Color, null);
        var writer = new AnsiWriter(theme, depth);
        var context = new SegmentContext(payload, clock, zone, () => UsageView.Failed(NoUsage)) { Environment = environment };
        var lines = lineBuilder.Render(context, writer, LineWidth.Cells(columns, config.ClaudePadding), (_, _) => { });
        return (lines, file.LocatedProblems());
    }
}
