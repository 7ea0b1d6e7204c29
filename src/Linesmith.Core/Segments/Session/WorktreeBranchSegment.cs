using Linesmith.Config;
using Linesmith.Rendering;
using Linesmith.Segments.Options;

namespace Linesmith.Segments.Session;

/// <summary>
/// <c>worktree_branch</c>: the branch of a worktree session (<c>claude -w fix-cache</c>) as Claude Code
/// sends it in <c>worktree.branch</c> (<c>⎇ worktree-fix-cache</c>), with <c>show_original = true</c>
/// the branch it was made from (<c>⎇ worktree-fix-cache (from main)</c>). Unlike <c>git_branch</c> it
/// reads no file. Hidden outside worktree sessions.
/// </summary>
internal sealed class WorktreeBranchSegment(SettingsTable settings) : ISegment
{
    private static readonly LabelOptions Labels = new(string.Empty, "⎇");
    private static readonly BoolOption ShowOriginal = new("show_original", "add the branch the worktree was made from: (from main)", false);

    private readonly SegmentLabel _label = Labels.Read(settings);
    private readonly bool _showOriginal = ShowOriginal.Read(settings);

    public static IReadOnlyList<SegmentOption> Options { get; } = [.. Labels.All, ShowOriginal];

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
