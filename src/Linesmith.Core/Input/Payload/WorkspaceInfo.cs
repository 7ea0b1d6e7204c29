using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary><c>workspace</c>: the session's directories and, for worktree sessions, the git worktree.</summary>
internal sealed record WorkspaceInfo
{
    public string? CurrentDir { get; set; }

    public string? ProjectDir { get; set; }

    [JsonConverter(typeof(LenientStringList))]
    public IReadOnlyList<string>? AddedDirs { get; set; }

    /// <summary>An object <c>{name, path}</c> in some sources, a bare path string in others: both are read.</summary>
    [JsonConverter(typeof(GitWorktreeConverter))]
    public WorktreeInfo? GitWorktree { get; set; }
}
