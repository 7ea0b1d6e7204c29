using Linesmith.Composition;
using Linesmith.Config;
using Linesmith.Segments;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Credentials;

namespace Linesmith.Commands.Doctor;

/// <summary>
/// Doctor group "credentials" (docs/spec/credentials.md): which <c>.credentials.json</c> the cascade would
/// use, whether it parses and which scopes it grants. The token itself is never shown; errors carry
/// only paths, line and column.
/// </summary>
internal static class CredentialsChecks
{
    public const string Group = "credentials";

    /// <summary>The usage endpoint answers 403 to a token without this scope.</summary>
    public const string ProfileScope = "user:profile";

    private const string LoginFix = "run /login in Claude Code";

    public static IEnumerable<DoctorCheck> Run(RunContext run)
    {
        var needed = UsesUsage(run.Config);
        var candidates = CredentialsFiles.Candidates(run.Claude);
        var path = candidates.FirstOrDefault(File.Exists);
        if (path is null)
        {
            var where = candidates.Count == 0 ? "no HOME" : string.Join(", ", candidates);
            var keychain = OperatingSystem.IsMacOS() ? " (the Keychain is not checked here)" : string.Empty;
            yield return needed
                ? DoctorCheck.Fail(Group, "file", $"no credentials file ({where}){keychain}; the rate-limit segments show [No credentials]", LoginFix)
                : DoctorCheck.Warn(Group, "file", $"no credentials file ({where}){keychain}; only rate-limit segments need one, and the config uses none", "sign in to Claude Code before adding rate-limit segments");
            yield break;
        }

        yield return DoctorCheck.Pass(Group, "file", path);
        var result = CredentialsFiles.ReadOne(path);
        if (result?.Credentials is not { } credentials)
        {
            var error = result?.Error ?? CredentialsError.NotFound;
            yield return DoctorCheck.Fail(Group, "parses", $"{error.Code}: {error.Display}", LoginFix);
            yield break;
        }

        yield return DoctorCheck.Pass(Group, "parses", "claudeAiOauth.accessToken present (not shown)");
        var scopes = credentials.Scopes.Count == 0 ? "(none listed)" : string.Join(", ", credentials.Scopes);
        yield return credentials.Scopes.Contains(ProfileScope, StringComparer.Ordinal)
            ? DoctorCheck.Pass(Group, "scopes", scopes)
            : DoctorCheck.Warn(Group, "scopes", $"{scopes}: no {ProfileScope}, so the usage endpoint may answer 403", LoginFix);
    }

    /// <summary>True when a configured line has a segment whose row in the segment table needs usage data (rate limits, extra usage).</summary>
    public static bool UsesUsage(LinesmithConfig config) =>
        config.Lines?.SelectMany(line => line).Any(item => item.SegmentId is { } id && SegmentTable.Find(id)?.Needs.Usage is { } usage && usage != UsageNeeds.None) == true;
}
