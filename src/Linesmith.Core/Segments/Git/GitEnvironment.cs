using System.Globalization;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// The environment a <c>git</c> child gets: the render's, less everything that would aim git at another
/// repository, hand it configuration from outside its files, or name a program, plus the overrides as
/// <c>GIT_CONFIG_COUNT</c>/<c>KEY_n</c>/<c>VALUE_n</c> (git 2.31+: key and value apart, so a driver
/// named <c>a=b</c> cannot be misread as it would in <c>-c</c>). A path variable that is relative would
/// be resolved in the session's directory, that is inside the repository, so it is dropped (PATH keeps
/// its absolute entries only). See docs/adr/0014-git-without-repository-programs.md.
/// </summary>
internal static class GitEnvironment
{
    /// <summary>The only GIT_* variables passed on: the user's choice of configuration files and discovery limits.</summary>
    private static readonly HashSet<string> KeptGitVariables = new(StringComparer.Ordinal)
    {
        "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_CONFIG_NOSYSTEM", "GIT_ATTR_NOSYSTEM",
        "GIT_CEILING_DIRECTORIES", "GIT_DISCOVERY_ACROSS_FILESYSTEM", "GIT_EXEC_PATH",
    };

    /// <summary>Programs git would run that a status never needs.</summary>
    private static readonly HashSet<string> DroppedProgramVariables = new(StringComparer.Ordinal) { "PAGER", "SSH_ASKPASS" };

    /// <summary>Paths git reads configuration or programs from: used only when absolute.</summary>
    private static readonly HashSet<string> AbsoluteOnly = new(StringComparer.Ordinal)
    {
        EnvironmentVariables.Home, EnvironmentVariables.XdgConfigHome, "GIT_CONFIG_GLOBAL", "GIT_CONFIG_SYSTEM", "GIT_EXEC_PATH", "GIT_CEILING_DIRECTORIES",
    };

    public static List<string> Build(EnvironmentSnapshot environment, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        var variables = new List<string>();
        foreach (var (name, value) in environment.All)
        {
            if (Keep(name, value) is { } kept)
            {
                variables.Add(name + "=" + kept);
            }
        }

        // No transport at all: a partial clone would otherwise fetch a missing object (running
        // core.sshCommand, ext:: URLs, credential helpers, remote helpers) in the middle of a status.
        variables.Add("GIT_ALLOW_PROTOCOL=");
        variables.Add("GIT_TERMINAL_PROMPT=0");
        variables.Add("GIT_OPTIONAL_LOCKS=0");
        variables.Add("GIT_CONFIG_COUNT=" + overrides.Count.ToString(CultureInfo.InvariantCulture));
        for (var index = 0; index < overrides.Count; index++)
        {
            var number = index.ToString(CultureInfo.InvariantCulture);
            variables.Add("GIT_CONFIG_KEY_" + number + "=" + overrides[index].Key);
            variables.Add("GIT_CONFIG_VALUE_" + number + "=" + overrides[index].Value);
        }

        return variables;
    }

    /// <summary>
    /// Absolute PATH entries, in order, split at the platform's separator (<c>;</c> on Windows, where
    /// <c>C:\Git\cmd</c> holds a colon). Fully qualified: Windows' <c>C:git</c> and <c>\git</c> are relative
    /// to the current drive or directory.
    /// </summary>
    public static IEnumerable<string> SearchPath(string? path) =>
        (path ?? string.Empty).Split(Path.PathSeparator).Where(entry => entry.Length > 0 && Path.IsPathFullyQualified(entry));

    private static string? Keep(string name, string value)
    {
        if (name.Length == 0 || name.Contains('=', StringComparison.Ordinal) || DroppedProgramVariables.Contains(name))
        {
            return null;
        }

        if (name.StartsWith("GIT_", StringComparison.Ordinal) && !KeptGitVariables.Contains(name))
        {
            return null;
        }

        if (name == EnvironmentVariables.SearchPath)
        {
            return string.Join(Path.PathSeparator, SearchPath(value));
        }

        return AbsoluteOnly.Contains(name) && value.Split(Path.PathSeparator).Any(part => !Path.IsPathFullyQualified(part)) ? null : value;
    }
}
