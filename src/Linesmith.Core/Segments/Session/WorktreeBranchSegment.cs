using Linesmith.Config;
using Linesmith.Rendering;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>worktree_branch</c>: the branch of a worktree session (<c>claude -w fix-cache</c>) as Claude Code
/// sends it in <c>worktree.branch</c> (<c>⎇ worktree-fix-cache</c>), with <c>show_original = true</c>
/// the branch it was made from (<c>⎇ worktree-fix-cache (from main)</c>). Unlike <c>git_branch</c> it
/// reads no file. Hidden outside worktree sessions.
/// </summary>
internal sealed class WorktreeBranchSegment(SettingsTable settings) : ISegment
{
    private readonly SegmentLabel _label = SegmentLabel.From(settings, string.Empty, "⎇");
    private readonly bool _showOriginal = settings.GetBool("show_original", false);

    public string Id => "worktree_branch";

    public int DefaultPriority => 62;

    public SegmentOutput? Render(SegmentContext context)
    {
        var worktree = context.Payload.Worktree ?? context.Payload.Workspace?.GitWorktree;
        if (worktree?.Branch is not { Length: > 0 } branch)
        {
            return null;
        }

        // The icon takes the branch's colour, as in git_branch: it is part of the name.
        var runs = new List<TextRun>(3);
        if (_label.Prefix.Length > 0)
        {
            runs.Add(new TextRun(_label.Prefix, StyleRole.Success));
        }

        runs.Add(new TextRun(branch, StyleRole.Success));
        if (_showOriginal && worktree.OriginalBranch is { Length: > 0 } original && original != branch)
        {
            runs.Add(new TextRun($" (from {original})", StyleRole.Muted));
        }

        return new SegmentOutput(runs);
    }
}
