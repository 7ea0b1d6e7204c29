using System.Text.Json.Serialization;

namespace Linesmith.Input.Payload;

/// <summary>
/// <c>worktree</c> (sessions started with <c>claude -w NAME</c>) and <c>workspace.git_worktree</c>.
/// Claude Code 2.1.332 sends <c>name</c>, <c>path</c>, <c>branch</c>, <c>original_cwd</c> (the
/// repository the worktree was made from) and <c>original_branch</c>; <c>original_repo_dir</c> is
/// the name older write-ups used for <c>original_cwd</c> and is still read.
/// </summary>
internal sealed record WorktreeInfo
{
    public string? Name { get; set; }

    public string? Path { get; set; }

    public string? Branch { get; set; }

    public string? OriginalCwd { get; set; }

    public string? OriginalBranch { get; set; }

    public string? OriginalRepoDir { get; set; }

    /// <summary>The directory the session's project lives in: <c>original_cwd</c>, else the older <c>original_repo_dir</c>.</summary>
    [JsonIgnore]
    public string? OriginalDirectory => OriginalCwd ?? OriginalRepoDir;
}
