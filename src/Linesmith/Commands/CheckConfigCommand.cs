using Linesmith.Cli;
using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith --check-config</c>: loads the config the render would use, builds every segment it
/// names, and prints each problem with its line and column. Exit 1 when there is any.
/// </summary>
internal static class CheckConfigCommand
{
    public static int Run(World world, RenderOptions options)
    {
        var file = ConfigFile.Load(options.ConfigPath, world.Environment);
        var config = LinesmithConfig.From(file, world.Environment);
        _ = new StatusLine(config, SegmentRegistry.All);
        _ = ThemeResolver.Resolve(config.Theme, ConfigLocator.ConfigDirectory(world.Environment), config.Problems);

        var source = file.Path ?? "no config file (built-in defaults)";
        var problems = file.LocatedProblems();
        if (problems.Count == 0)
        {
            world.Out.WriteLine($"{source}: OK");
            return ExitCodes.Success;
        }

        var path = file.Path ?? "config";
        foreach (var problem in problems)
        {
            // Compiler style: "config.toml(3,12) segments.cost.label: …", or "config.toml: …" without a location.
            world.Out.WriteLine(problem.Line is null ? $"{path}: {problem}" : $"{path}{problem}");
        }

        world.Out.WriteLine($"{problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")} found");
        return ExitCodes.Failure;
    }
}
