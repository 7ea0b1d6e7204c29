using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// The repository of the session's directory (<c>workspace.current_dir</c>, else <c>cwd</c>), found once per
/// render and shared by every git segment on the line (issue 14: one repository lookup per render), and the one
/// neutralised <c>git status</c> (<see cref="GitStatus"/>) that <c>git_branch</c> and <c>git_status</c> share:
/// it runs at most once per render, within the bound of the first segment that asks for it. Built only when a
/// segment asks (<see cref="SegmentContext.Git"/>): a line without git segments pays nothing.
/// </summary>
internal sealed class GitRepository(Func<GitHead?> find, Func<GitHead, TimeSpan, GitStatus?> query)
{
    private GitHead? _head;
    private bool _looked;
    private GitStatus? _status;
    private bool _asked;

    /// <summary>The production lookup: the files under <paramref name="directory"/>, and git run as ADR 0014 says.</summary>
    public static GitRepository Of(string? directory, EnvironmentSnapshot environment, Log log) => new(
        () => string.IsNullOrEmpty(directory) ? null : GitHead.Find(directory, log),
        (head, timeout) => GitStatus.Query(head.WorkTree, timeout, environment, log));

    /// <summary>HEAD and where the repository is, or null outside a repository (or with a HEAD that cannot be read).</summary>
    public GitHead? Head
    {
        get
        {
            if (!_looked)
            {
                _looked = true;
                _head = find();
            }

            return _head;
        }
    }

    /// <summary>
    /// git's answer for the work tree, or null when there is no repository or git gave none; the first call runs
    /// git within <paramref name="timeout"/>, later ones (another segment) reuse its answer, whatever their bound.
    /// </summary>
    public GitStatus? Status(TimeSpan timeout)
    {
        if (!_asked)
        {
            _asked = true;
            _status = Head is { } head ? query(head, timeout) : null;
        }

        return _status;
    }
}
