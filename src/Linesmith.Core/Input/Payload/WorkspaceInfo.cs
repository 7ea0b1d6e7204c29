using System.Text.Json.Serialization;
using Linesmith.Input.Json;

namespace Linesmith.Input.Payload;

/// <summary><c>workspace</c>: the session's directories and, for worktree sessions, the git worktree.</summary>
internal sealed record WorkspaceInfo
{
    public string? CurrentDir { get; init; }

    public string? ProjectDir { get; init; }

    [JsonConverter(typeof(LenientStringList))]
    public IReadOnlyList<string>? AddedDirs { get; init; }

    /// <summary>An object <c>{name, path}</c> in some sources, a bare path string in others: both are read.</summary>
    [JsonConverter(typeof(GitWorktreeConverter))]
    public WorktreeInfo? GitWorktree { get; init; }
}
