using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Commands;

/// <summary>
/// <c>linesmith --check-config</c>: loads the config the render would use, builds every segment it
/// names, and prints each problem with its line and column, then the numbers it would refuse from the
/// environment (relative paths, <c>LINESMITH_TIMEOUT_MS</c>, <c>COLUMNS</c>). Exit 1 when there is any.
/// </summary>
internal static class CheckConfigCommand
{
    public static int Run(World world, RunContext run)
    {
        var file = run.ConfigFile;
        _ = new LineBuilder(run.Config);
        _ = run.Theme;

        var source = file.Path ?? "no config file (built-in defaults)";
        var problems = file.LocatedProblems();
        var environmentProblems = EnvironmentProblems(run);
        if (problems.Count + environmentProblems.Count == 0)
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

        foreach (var problem in environmentProblems)
        {
            world.Out.WriteLine($"environment: {problem}");
        }

        var count = problems.Count + environmentProblems.Count;
        world.Out.WriteLine($"{count} problem{(count == 1 ? string.Empty : "s")} found");
        return ExitCodes.Failure;
    }

    /// <summary>
    /// The path variables a render ignores (ADR 0015) and the numbers it would refuse (docs/guarantees.md)
    /// from the environment.
    /// </summary>
    private static List<string> EnvironmentProblems(RunContext run)
    {
        var problems = new List<string>(run.DirectoryProblems);
        _ = TerminalColumns.Read(run.Environment, out var columns);
        foreach (var problem in (ReadOnlySpan<string?>)[run.UsageProblem, columns])
        {
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }
}
