namespace Linesmith.Input.Payload;

/// <summary><c>worktree</c> (sessions started with <c>--worktree</c>) and <c>workspace.git_worktree</c>.</summary>
internal sealed record WorktreeInfo
{
    public string? Name { get; set; }

    public string? Path { get; set; }

    public string? Branch { get; set; }

    public string? OriginalRepoDir { get; set; }
}
