using Linesmith.Diagnostics;

namespace Linesmith.Segments.Git;

/// <summary>
/// What <c>HEAD</c> points at, read from the repository's files, with no <c>git</c> process on the
/// common path: a branch name, or the short commit id when detached.
/// </summary>
internal sealed record GitHead(string WorkTree, string GitDirectory, string? Branch, string? DetachedAt)
{
    /// <summary>How far up from the working directory a repository is looked for.</summary>
    private const int MaxLevels = 64;

    /// <summary>HEAD is a line; anything longer is not a HEAD file.</summary>
    private const int MaxHeadBytes = 4096;

    public string Display => Branch ?? DetachedAt ?? "HEAD";

    /// <summary>
    /// Finds the repository that contains <paramref name="directory"/>: a <c>.git</c> directory, or a
    /// <c>.git</c> file with <c>gitdir: …</c> as worktrees and submodules have. Null when there is none
    /// or its HEAD cannot be read.
    /// </summary>
    public static GitHead? Find(string directory, Log? log = null)
    {
        var current = directory;
        for (var level = 0; level < MaxLevels && !string.IsNullOrEmpty(current); level++)
        {
            var dotGit = Path.Join(current, ".git");
            if (Directory.Exists(dotGit))
            {
                return Read(current, dotGit, log);
            }

            if (File.Exists(dotGit))
            {
                return ResolveGitFile(current, dotGit, log) is { } gitDirectory ? Read(current, gitDirectory, log) : null;
            }

            current = Path.GetDirectoryName(current);
        }

        return null;
    }

    private static string? ResolveGitFile(string workTree, string dotGitFile, Log? log)
    {
        var line = ReadFirstLine(dotGitFile, log);
        const string Prefix = "gitdir:";
        if (line is null || !line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var target = line[Prefix.Length..].Trim();
        return target.Length == 0 ? null : Path.GetFullPath(Path.IsPathRooted(target) ? target : Path.Join(workTree, target));
    }

    private static GitHead? Read(string workTree, string gitDirectory, Log? log)
    {
        var head = ReadFirstLine(Path.Join(gitDirectory, "HEAD"), log);
        if (head is null)
        {
            return null;
        }

        const string RefPrefix = "ref:";
        if (head.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            var reference = head[RefPrefix.Length..].Trim();
            const string Heads = "refs/heads/";
            var branch = reference.StartsWith(Heads, StringComparison.Ordinal) ? reference[Heads.Length..] : reference;
            return branch.Length == 0 ? null : new GitHead(workTree, gitDirectory, branch, null);
        }

        return head.Length >= 7 && head.All(char.IsAsciiHexDigit)
            ? new GitHead(workTree, gitDirectory, null, head[..7])
            : null;
    }

    /// <summary>
    /// The file's first line; null when it cannot be read. A file that is there but refused (not a
    /// regular file, larger than the cap, unreadable) is logged: a bounded miss is never silent
    /// (docs/guarantees.md).
    /// </summary>
    private static string? ReadFirstLine(string path, Log? log)
    {
        try
        {
            var bytes = Platform.BoundedFile.ReadAll(path, MaxHeadBytes);
            if (bytes is null)
            {
                log?.Info($"git_branch: {path} is larger than {MaxHeadBytes} bytes; skipped");
                return null;
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var end = text.IndexOfAny(['\n', '\r']);
            return (end >= 0 ? text[..end] : text).Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            if (Platform.FileProblems.Classify(exception) != Platform.FileProblem.NotFound)
            {
                log?.Info($"git_branch: {exception.Message}; skipped");
            }

            return null;
        }
    }
}
