namespace Linesmith.Commands.Doctor;

/// <summary>What <c>doctor --json</c> prints: every check in order, the counts, and whether nothing failed.</summary>
internal sealed record DoctorReport(IReadOnlyList<DoctorCheck> Checks, int Passed, int Warnings, int Failures, int Skipped, bool Ok)
{
    public static DoctorReport Of(IReadOnlyList<DoctorCheck> checks) => new(
        checks,
        checks.Count(check => check.Status == CheckStatus.Pass),
        checks.Count(check => check.Status == CheckStatus.Warn),
        checks.Count(check => check.Status == CheckStatus.Fail),
        checks.Count(check => check.Status == CheckStatus.Skip),
        checks.All(check => check.Status != CheckStatus.Fail));
}
