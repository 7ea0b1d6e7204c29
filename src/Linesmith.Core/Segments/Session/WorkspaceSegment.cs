using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>workspace</c>: the name of the project directory (<c>linesmith</c>); in a worktree session the
/// project is the repository the worktree came from (<c>worktree.original_cwd</c>) and the worktree's
/// name follows in brackets (<c>linesmith [fix-cache]</c>). Hidden without any directory.
/// In a worktree session the project is what tells the session apart (under the real Claude Code the
/// branch alone, <c>⎇ worktree-fix-cache</c>, was left at 80 columns: tests/e2e/claude-code/SCREENS.md),
/// so unless <c>priority</c> is set the segment then drops after the branch and the cost
/// (<see cref="WorktreePriority"/>), still before the 5-hour and 7-day numbers (README.md#segments).
/// </summary>
internal sealed class WorkspaceSegment(SettingsTable settings) : ISegment
{
    /// <summary>Between the 7-day limit (36) and the cost (40).</summary>
    public const int WorktreePriority = 38;

    private static readonly LabelOptions Labels = new(string.Empty);

    private readonly SegmentLabel _label = Labels.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = Labels.All;

    public int? PriorityFor(StatusPayload payload) => Names(payload) is { Worktree: not null } ? WorktreePriority : null;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (Names(context.Payload) is not var (project, worktree))
        {
            return null;
        }

        return _label.Output(worktree is null ? project : $"{project} [{worktree}]", StyleRole.Accent);
    }

    /// <summary>The project's name, and the worktree's when the session is in one with another name.</summary>
    private static (string Project, string? Worktree)? Names(StatusPayload payload)
    {
        var worktree = payload.Worktree ?? payload.Workspace?.GitWorktree;
        var directory = worktree?.OriginalDirectory ?? payload.Workspace?.ProjectDir ?? payload.Workspace?.CurrentDir ?? payload.Cwd;
        if (LastPart(directory) is not { } name)
        {
            return null;
        }

        var worktreeName = worktree?.Name ?? LastPart(worktree?.Path);
        return (name, worktreeName is { Length: > 0 } && worktreeName != name ? worktreeName : null);
    }

    private static string? LastPart(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var trimmed = path.TrimEnd('/', '\\');
        if (trimmed.Length == 0)
        {
            return "/";
        }

        var name = trimmed[(trimmed.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.Length == 0 ? null : name;
    }
}
