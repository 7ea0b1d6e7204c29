namespace Linesmith.Segments.Git;

/// <summary>The repository of the session's directory (<c>workspace.current_dir</c>, else <c>cwd</c>), as <c>git_branch</c> finds it, or null.</summary>
internal static class GitLocation
{
    public static GitHead? Of(SegmentContext context)
    {
        var directory = context.Payload.Workspace?.CurrentDir ?? context.Payload.Cwd;
        return string.IsNullOrEmpty(directory) ? null : GitHead.Find(directory, context.Log);
    }
}
