using Linesmith.Host;
using Linesmith.Platform;
using Linesmith.Text;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// Doctor group "environment", check "fetcher": <c>linesmith-fetch</c>, which makes every usage request
/// (docs/spec/fetcher.md), is beside this executable, starts, and is the same version. Without it the
/// usage segments can show only stdin's windows, the cache and the JSONL estimate.
/// </summary>
internal static class FetcherCheck
{
    private const string Name = "fetcher";

    /// <summary><c>--version</c> prints one line at once; a fetcher that takes longer is not one.</summary>
    private static readonly TimeSpan VersionTimeout = TimeSpan.FromSeconds(2);

    private const string Fix = "install linesmith and linesmith-fetch from the same release, in the same folder (README.md#install)";

    public static DoctorCheck Run(string? processPath)
    {
        if (FetcherTransport.PathBeside(processPath) is not { } path)
        {
            return DoctorCheck.Warn(EnvironmentChecks.Group, Name, $"{FetcherTransport.Name} cannot be looked for: this program's own path is unknown", "run linesmith by its full path");
        }

        if (!File.Exists(path))
        {
            return DoctorCheck.Fail(EnvironmentChecks.Group, Name, $"{FetcherTransport.Name} is not installed next to linesmith ({path}): no usage request can be made", Fix);
        }

        var outcome = BoundedProcess.Run(path, ["--version"], VersionTimeout);
        var expected = $"{FetcherTransport.Name} {ProductInfo.Version}";
        var answer = TerminalText.Sanitize(outcome.Stdout.Trim());
        if (answer.Length > 200)
        {
            answer = answer[..200] + "…";
        }

        return outcome switch
        {
            { SpawnFailure: { } failure } => DoctorCheck.Fail(EnvironmentChecks.Group, Name, $"{path} cannot be started ({failure})", Fix),
            { TimedOut: true } => DoctorCheck.Fail(EnvironmentChecks.Group, Name, $"{path} did not answer --version within {VersionTimeout.TotalSeconds:0} s", Fix),
            _ when answer == expected => DoctorCheck.Pass(EnvironmentChecks.Group, Name, $"{expected} at {path}"),
            _ => DoctorCheck.Warn(EnvironmentChecks.Group, Name, $"{path} is not {expected} (it answered '{answer}', exit code {outcome.ExitCode})", Fix),
        };
    }
}
