using Linesmith.Config;
using Linesmith.Input.Payload;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>workspace</c>: the name of the project directory (<c>linesmith</c>); in a worktree session the
/// project is the repository the worktree came from (<c>worktree.original_cwd</c>) and the worktree's
/// name follows in brackets (<c>linesmith [fix-cache]</c>). Hidden without any directory.
/// </summary>
internal sealed class WorkspaceSegment(SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, string.Empty);

    public string Id => "workspace";

    public int DefaultPriority => 64;

    public SegmentOutput? Render(SegmentContext context)
    {
        var payload = context.Payload;
        var worktree = payload.Worktree ?? payload.Workspace?.GitWorktree;
        var directory = worktree?.OriginalDirectory ?? payload.Workspace?.ProjectDir ?? payload.Workspace?.CurrentDir ?? payload.Cwd;
        var name = LastPart(directory);
        if (name is null)
        {
            return null;
        }

        var worktreeName = worktree?.Name ?? LastPart(worktree?.Path);
        var text = worktreeName is { Length: > 0 } && worktreeName != name ? $"{name} [{worktreeName}]" : name;
        return _label.Output(text, StyleRole.Accent);
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
