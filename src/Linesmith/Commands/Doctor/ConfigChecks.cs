using Linesmith.Config;

namespace Linesmith.Commands.Doctor;

/// <summary>Doctor group "config": which file applies, whether it parses, and its unknown keys or bad values.</summary>
internal static class ConfigChecks
{
    public const string Group = "config";

    /// <summary>At most this many problems are quoted; <c>linesmith --check-config</c> lists them all.</summary>
    private const int QuotedProblems = 3;

    public static IEnumerable<DoctorCheck> Run(ConfigFile file)
    {
        if (file.Path is null)
        {
            yield return DoctorCheck.Pass(Group, "file", "no config file; the built-in default line applies ('linesmith init' writes one)");
            yield break;
        }

        yield return DoctorCheck.Pass(Group, "file", file.Path);
        var problems = file.LocatedProblems();
        var fatal = problems.Where(problem => problem.KeyPath.Length == 0).ToList();
        yield return fatal.Count == 0
            ? DoctorCheck.Pass(Group, "parses", "valid TOML")
            : DoctorCheck.Fail(Group, "parses", $"{file.Path}{Location(fatal[0])}", "fix the file (linesmith --check-config shows every problem), or rewrite it with 'linesmith init --force'");

        if (fatal.Count > 0)
        {
            yield break;
        }

        yield return problems.Count == 0
            ? DoctorCheck.Pass(Group, "keys", "every key known, every value valid")
            : DoctorCheck.Warn(
                Group,
                "keys",
                $"{problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}: {string.Join("; ", problems.Take(QuotedProblems).Select(Location))}",
                "unknown keys are ignored and bad values use their default; 'linesmith --check-config' lists them all");
    }

    private static string Location(ConfigProblem problem) => problem.Line is null ? $": {problem}" : problem.ToString();
}
