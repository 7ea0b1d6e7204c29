using System.Diagnostics;
using System.Globalization;
using System.Text;
using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// Dirty state and ahead/behind counts, which only <c>git</c> itself knows; asked only when the
/// segment enables them, within one time budget for both git runs (a huge repository must not hold
/// the line up). No program the repository's configuration names is ever run: the repository's
/// configuration is read first (<c>git config --list</c> runs no program) and every driver it defines
/// is neutralised, together with the settings in <see cref="GitOverrides.Always"/>
/// (docs/adr/0014-git-without-repository-programs.md). Each git runs in its own process group, killed as a
/// whole when it ends or at the bound. Any failure is "no result", logged.
/// </summary>
internal sealed record GitStatus(bool Dirty, int Ahead, int Behind)
{
    /// <summary>The entries by kind, for <c>git_status</c>; read from the same run.</summary>
    public GitCounts Counts { get; init; }

    /// <summary>Far more than any real listing or the status lines that decide "dirty" (they come after the headers).</summary>
    private const int MaxOutputBytes = 1 << 20;

    /// <summary>Global options for every run: no pager, no index refresh written, pathspecs never globbed.</summary>
    private static readonly string[] CommonOptions = ["--no-pager", "--no-optional-locks", "--literal-pathspecs"];

    public static GitStatus? Query(string workTree, TimeSpan timeout, EnvironmentSnapshot environment, Log log)
    {
        var started = Stopwatch.GetTimestamp();
        if (GitExecutable.Find(environment) is not { } git)
        {
            log.Info("git_branch: no git in an absolute PATH entry");
            return null;
        }

        var baseEnvironment = GitEnvironment.Build(environment, GitOverrides.Always);
        var listing = GroupedProcess.Run(git, Arguments(workTree, "config", "--list", "--show-scope", "--includes", "-z"), baseEnvironment, timeout, MaxOutputBytes);
        if (Failure(listing) is { } listingFailure)
        {
            log.Info($"git_branch: git config --list {listingFailure}");
            return null;
        }

        if (GitConfigEntry.ParseListing(listing.Stdout) is not { } entries || GitOverrides.For(entries) is not { } overrides)
        {
            log.Info("git_branch: the repository's configuration listing was refused (malformed, or too many drivers)");
            return null;
        }

        var remaining = timeout - Stopwatch.GetElapsedTime(started);
        if (remaining <= TimeSpan.Zero)
        {
            log.Info("git_branch: no time left for git status");
            return null;
        }

        var status = GroupedProcess.Run(git, Arguments(workTree, "status", "--porcelain=v2", "--branch", "--ignore-submodules=dirty"), GitEnvironment.Build(environment, overrides), remaining, MaxOutputBytes);
        if (!status.Truncated && Failure(status) is { } statusFailure)
        {
            log.Info($"git_branch: git status {statusFailure}");
            return null;
        }

        if (status.Truncated)
        {
            log.Info("git: git status wrote more than 1 MiB; its counts are lower bounds");
        }

        return Parse(Encoding.UTF8.GetString(status.Stdout), status.Truncated);
    }

    /// <summary>
    /// <c>--ignore-submodules=dirty</c>: a submodule's own worktree is asked by a git started inside
    /// it, under the submodule's configuration, which was not read; a new commit in a submodule still counts.
    /// </summary>
    internal static List<string> Arguments(string workTree, params string[] command) => [.. CommonOptions, "-C", workTree, .. command];

    internal static GitStatus Parse(string porcelain, bool partial = false)
    {
        var (dirty, ahead, behind) = (false, 0, 0);
        foreach (var line in porcelain.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith("# branch.ab ", StringComparison.Ordinal))
            {
                var parts = line.Split(' ');
                if (parts.Length >= 4)
                {
                    _ = int.TryParse(parts[2].TrimStart('+'), NumberStyles.Integer, CultureInfo.InvariantCulture, out ahead);
                    _ = int.TryParse(parts[3].TrimStart('-'), NumberStyles.Integer, CultureInfo.InvariantCulture, out behind);
                }
            }
            else if (!line.StartsWith('#'))
            {
                dirty = true;
            }
        }

        return new GitStatus(dirty, Math.Max(0, ahead), Math.Max(0, behind)) { Counts = GitCounts.Parse(porcelain, partial) };
    }

    private static string? Failure(GroupedOutcome outcome) => outcome switch
    {
        { SpawnFailure: { } why } => "could not start: " + why,
        { TimedOut: true } => "ran out of time and was killed with its process group",
        { Truncated: true } => "wrote more than 1 MiB",
        { ExitCode: 0 } => null,
        _ => $"exited with {outcome.ExitCode}",
    };
}
