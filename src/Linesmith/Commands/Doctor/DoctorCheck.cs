namespace Linesmith.Commands.Doctor;

/// <summary>One check: its group and name, the outcome, one line of explanation and, for Warn and Fail, what to do.</summary>
internal sealed record DoctorCheck(string Group, string Name, CheckStatus Status, string Message, string? Fix = null)
{
    public static DoctorCheck Pass(string group, string name, string message) => new(group, name, CheckStatus.Pass, message);

    public static DoctorCheck Skip(string group, string name, string message) => new(group, name, CheckStatus.Skip, message);

    public static DoctorCheck Warn(string group, string name, string message, string fix) => new(group, name, CheckStatus.Warn, message, fix);

    public static DoctorCheck Fail(string group, string name, string message, string fix) => new(group, name, CheckStatus.Fail, message, fix);
}
