using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Host;
using Linesmith.Platform;
using Linesmith.Rendering;

namespace Linesmith.Commands.Doctor;

/// <summary>Doctor group "environment": the binary and its version, its fetcher (<see cref="FetcherCheck"/>), path variables that are ignored, colour support, <c>COLUMNS</c>.</summary>
internal static class EnvironmentChecks
{
    public const string Group = "environment";

    public static IEnumerable<DoctorCheck> Run(World world, RunContext run)
    {
        var config = run.Config;
        yield return world.ProcessPath is { Length: > 0 } path
            ? DoctorCheck.Pass(Group, "binary", $"{ProductInfo.Name} {ProductInfo.Version} at {path}")
            : DoctorCheck.Warn(Group, "binary", $"{ProductInfo.Name} {ProductInfo.Version}; its own path is unknown", "run linesmith by its full path");

        yield return FetcherCheck.Run(world.ProcessPath);
        yield return Directories(run);
        yield return Colour(run.Environment, config);
        yield return Columns(run.Environment);
    }

    private static DoctorCheck Directories(RunContext run)
    {
        var problems = run.DirectoryProblems;
        return problems.Count == 0
            ? DoctorCheck.Pass(Group, "paths", "every path variable that is set is absolute")
            : DoctorCheck.Warn(Group, "paths", string.Join("; ", problems), "set them to absolute paths, or unset them");
    }

    private static DoctorCheck Colour(EnvironmentSnapshot environment, LinesmithConfig config)
    {
        var depth = ColorDetection.Detect(environment, config.Color, null);
        var term = $"TERM={environment.Get(EnvironmentVariables.Term) ?? "(unset)"}, COLORTERM={environment.Get(EnvironmentVariables.ColorTerm) ?? "(unset)"}";
        if (depth != ColorDepth.None)
        {
            var name = depth switch
            {
                ColorDepth.TrueColor => "truecolor",
                ColorDepth.Indexed256 => "256 colours",
                _ => "16 colours",
            };
            return DoctorCheck.Pass(Group, "colour", $"{name} ({term})");
        }

        if (environment.GetNonEmpty(EnvironmentVariables.NoColor) is not null || config.Color == ColorMode.Never)
        {
            return DoctorCheck.Pass(Group, "colour", "off, as asked (NO_COLOR or color = \"never\")");
        }

        return DoctorCheck.Warn(Group, "colour", $"no colour detected ({term})", "set COLORTERM=truecolor, or color = \"always\" under [layout_options] in config.toml");
    }

    private static DoctorCheck Columns(EnvironmentSnapshot environment)
    {
        if (environment.GetNonEmpty(EnvironmentVariables.Columns) is not { } text)
        {
            return DoctorCheck.Skip(Group, EnvironmentVariables.Columns, "not set here (Claude Code sets it for the statusline since 2.1.153); no width limit applies");
        }

        return TerminalColumns.Read(environment, out var problem) is { } columns
            ? DoctorCheck.Pass(Group, EnvironmentVariables.Columns, $"{columns} cells; wider lines drop their lowest-priority segments")
            : DoctorCheck.Warn(Group, EnvironmentVariables.Columns, problem ?? $"'{text}' refused", "unset COLUMNS or set it to the terminal width");
    }
}
