using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// Where <c>git</c> is: the first executable regular file named <c>git</c> (<c>git.exe</c> on Windows, which has
/// no execute bit) in an absolute PATH entry.
/// A relative entry (<c>.</c>, or an empty one) would be looked up in the session's directory, where a
/// repository can ship its own <c>git</c> (the reason Go's <c>exec.LookPath</c> refuses such results).
/// </summary>
internal static class GitExecutable
{
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static string? Find(EnvironmentSnapshot environment)
    {
        foreach (var directory in GitEnvironment.SearchPath(environment.Get(EnvironmentVariables.SearchPath)))
        {
            var candidate = Path.Join(directory, OperatingSystem.IsWindows() ? "git.exe" : "git");
            try
            {
                var info = new FileInfo(candidate);
                if (info.Exists && (OperatingSystem.IsWindows() || (info.UnixFileMode & AnyExecute) != 0))
                {
                    return candidate;
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable PATH entry: try the next.
            }
        }

        return null;
    }
}
