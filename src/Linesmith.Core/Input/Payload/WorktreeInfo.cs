namespace Linesmith.Input.Payload;

/// <summary><c>worktree</c> (sessions started with <c>--worktree</c>) and <c>workspace.git_worktree</c>.</summary>
internal sealed record WorktreeInfo
{
    public string? Name { get; init; }

    public string? Path { get; init; }

    public string? Branch { get; init; }

    public string? OriginalRepoDir { get; init; }
}
