using Linesmith.Cli;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Rendering;
using Linesmith.Segments;
using Linesmith.Usage;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith</c> with no command: read the payload Claude Code pipes in and print the status
/// line. Always exits 0 with something sensible on stdout: the line, or a short dim hint when there
/// is no usable input, never a stack trace (statusline-contract.md §3.2).
/// </summary>
internal static class RenderCommand
{
    public static int Run(World world, RenderOptions options)
    {
        var config = LinesmithConfig.From(ConfigFile.Load(options.ConfigPath, world.Environment), world.Environment);
        var statusLine = new StatusLine(config, SegmentRegistry.All);
        var theme = ThemeResolver.Resolve(config.Theme, ConfigLocator.ConfigDirectory(world.Environment), config.Problems);
        var depth = ColorDetection.Detect(world.Environment, config.Color, options.Color);

        var input = StdinReader.Read(world.OpenInput(), StdinReader.DefaultDeadline);
        string? problem = "input larger than 1 MiB";
        var payload = input.Outcome == StdinOutcome.TooLarge ? null : PayloadReader.TryParse(input.Bytes, out problem);
        if (payload is null)
        {
            var hint = problem == PayloadReader.NoInput ? "linesmith: no input" : "linesmith: unreadable input";
            world.Out.WriteLine(new AnsiWriter(theme, depth).Write([new TextRun(hint, StyleRole.Muted, Dim: true)]));
            return ExitCodes.Success;
        }

        var context = new SegmentContext(payload, world.Clock, world.LocalZone, NoUsageData);
        var writer = new AnsiWriter(theme, depth);
        foreach (var line in statusLine.Render(context, writer, TerminalWidth(world), static (_, _) => { }))
        {
            world.Out.WriteLine(line);
        }

        return ExitCodes.Success;
    }

    private static UsageResult NoUsageData() => UsageResult.Failed("[No data]");

    /// <summary><c>COLUMNS</c>, which Claude Code sets since 2.1.153; without it there is no width limit.</summary>
    private static int? TerminalWidth(World world) =>
        int.TryParse(world.Environment.GetNonEmpty("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var columns) && columns > 0
            ? columns
            : null;
}
