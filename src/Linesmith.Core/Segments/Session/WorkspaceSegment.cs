using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>workspace</c>: the project directory (<c>linesmith</c>), written in the <c>path</c> style
/// (<see cref="PathStyle"/>: the name, the full path, <c>~</c>-relative, fish-style or the last
/// <c>components</c> components; the home directory is <c>HOME</c>, else <c>USERPROFILE</c>); in a worktree session the
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

    private static readonly ChoiceOption<PathStyle> Style = new(
        "path",
        "how the directory is written: its name, the full path, ~/src/demo-project, fish-style ~/s/demo-project, or the last components",
        PathStyle.Basename,
        [new("basename", PathStyle.Basename), new("full", PathStyle.Full), new("home", PathStyle.Home), new("fish", PathStyle.Fish), new("last", PathStyle.Last)]);

    private static readonly IntegerOption Components = new("components", "how many trailing components path = \"last\" shows", 2, 1, 64);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly PathStyle _style = Style.Read(settings);
    private readonly int _components = (int)Components.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, Style, Components];

    public int? PriorityFor(StatusPayload payload) => Names(payload) is { Worktree: not null } ? WorktreePriority : null;

    public SegmentOutput? Render(SegmentContext context)
    {
        if (Names(context.Payload) is not var (_, worktree) || ProjectDirectory(context.Payload) is not { } directory)
        {
            return null;
        }

        var home = context.Environment.GetNonEmpty(EnvironmentVariables.Home) ?? context.Environment.GetNonEmpty(EnvironmentVariables.UserProfile);
        if (WorkspacePath.Format(directory, _style, home, _components) is not { } project)
        {
            return null;
        }

        return _label.Output(worktree is null ? project : $"{project} [{worktree}]", StyleRole.Accent);
    }

    /// <summary>The directory the session works on: the repository a worktree came from, else the project's.</summary>
    private static string? ProjectDirectory(StatusPayload payload)
    {
        var worktree = payload.Worktree ?? payload.Workspace?.GitWorktree;
        return worktree?.OriginalDirectory ?? payload.Workspace?.ProjectDir ?? payload.Workspace?.CurrentDir ?? payload.Cwd;
    }

    /// <summary>The project's name, and the worktree's when the session is in one with another name.</summary>
    private static (string Project, string? Worktree)? Names(StatusPayload payload)
    {
        var worktree = payload.Worktree ?? payload.Workspace?.GitWorktree;
        if (LastPart(ProjectDirectory(payload)) is not { } name)
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
