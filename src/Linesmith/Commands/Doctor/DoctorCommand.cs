using System.Text;
using Linesmith.Cli;
using Linesmith.Json;
using Linesmith.Platform;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// <c>linesmith doctor [--json] [--online]</c> (docs/commands.md): PASS / WARN / FAIL / SKIP
/// checks in groups, each with one line and, for WARN and FAIL, what to do. Exit 0 when nothing
/// fails, 1 otherwise. Without <c>--online</c> nothing leaves the machine and nothing is written.
/// </summary>
internal static class DoctorCommand
{
    public static int Run(World world, bool json, bool online, string? configPath)
    {
        var (file, config, settings) = RunConfiguration.Load(world.Environment, configPath);
        // Building the line and the theme is what reports unknown keys and bad values (as --check-config does).
        _ = new Segments.LineBuilder(config);
        _ = Rendering.ThemeResolver.Resolve(config.Theme, UserDirectories.From(world.Environment).ConfigDirectory, config.Problems);
        var checks = new List<DoctorCheck>();
        checks.AddRange(EnvironmentChecks.Run(world, config));
        checks.AddRange(ConfigChecks.Run(file));
        checks.AddRange(ClaudeCodeChecks.Run(world, config));
        checks.AddRange(CredentialsChecks.Run(world.Environment, config));
        checks.AddRange(CacheChecks.Run(world, settings.CacheDuration));
        checks.Add(EndpointCheck.Run(world, settings, online));

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
