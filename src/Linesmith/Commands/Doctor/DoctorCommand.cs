using System.Text;
using Linesmith.Composition;
using Linesmith.Host;
using Linesmith.Json;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// <c>linesmith doctor [--json] [--online]</c> (docs/commands.md): PASS / WARN / FAIL / SKIP
/// checks in groups, each with one line and, for WARN and FAIL, what to do. Exit 0 when nothing
/// fails, 1 otherwise. Without <c>--online</c> nothing leaves the machine and nothing is written.
/// </summary>
internal static class DoctorCommand
{
    public static int Run(World world, RunContext run, bool json, bool online)
    {
        var config = run.Config;
        // Building the line and the theme is what reports unknown keys and bad values (as --check-config does).
        _ = new Segments.LineBuilder(config);
        _ = run.Theme;
        var checks = new List<DoctorCheck>();
        checks.AddRange(EnvironmentChecks.Run(world, run));
        checks.AddRange(ConfigChecks.Run(run.ConfigFile));
        checks.AddRange(ClaudeCodeChecks.Run(world, run));
        checks.AddRange(CredentialsChecks.Run(run));
        checks.AddRange(CacheChecks.Run(run));
        checks.Add(EndpointCheck.Run(run, online));

        var report = DoctorReport.Of(checks);
        if (json)
        {
            world.Out.WriteLine(Encoding.UTF8.GetString(JsonText.ToPrettyUtf8(report, DoctorJsonContext.Default.DoctorReport)));
        }
        else
        {
            WriteForPerson(world.Out, report);
        }

        return report.Ok ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static void WriteForPerson(TextWriter output, DoctorReport report)
    {
        string? group = null;
        foreach (var check in report.Checks)
        {
            if (check.Group != group)
            {
                group = check.Group;
                output.WriteLine(group);
            }

            output.WriteLine($"  {Label(check.Status)}  {check.Name}: {check.Message}");
            if (check.Fix is { } fix)
            {
                output.WriteLine($"        fix: {fix}");
            }
        }

        output.WriteLine($"{report.Passed} passed, {report.Warnings} warning{(report.Warnings == 1 ? string.Empty : "s")}, {report.Failures} failed, {report.Skipped} skipped");
    }

    private static string Label(CheckStatus status) => status switch
    {
        CheckStatus.Pass => "PASS",
        CheckStatus.Warn => "WARN",
        CheckStatus.Fail => "FAIL",
        _ => "SKIP",
    };
}
