using System.Text;
using Linesmith.Platform;

namespace Linesmith.Segments.Git;

/// <summary>
/// Reads the small files of a repository (issue 14: read from <c>.git</c> files, no process): every read
/// through <see cref="BoundedFile"/> with a cap (a FIFO, a device, a directory or a huge file there is a
/// miss, docs/hostile-inputs.md), and the common directory of a linked worktree (<c>commondir</c>), where
/// refs, tags, <c>packed-refs</c>, the stash log and <c>config</c> live.
/// </summary>
internal static class GitFiles
{
    /// <summary>Far above any real <c>packed-refs</c>, stash log or <c>config</c> that a statusline should read on every render.</summary>
    public const int MaxFileBytes = 1 << 20;

    /// <summary>The text of the file, or null when it is missing, refused or larger than <paramref name="maxBytes"/>.</summary>
    public static string? Text(string path, int maxBytes = MaxFileBytes)
    {
        try
        {
            return BoundedFile.ReadAll(path, maxBytes) is { } bytes ? Encoding.UTF8.GetString(bytes) : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The first line of the file, trimmed; null as for <see cref="Text"/>.</summary>
    public static string? Line(string path) =>
        Text(path, 4096) is { } text ? text.Split('\n', 2)[0].Trim() : null;

    /// <summary>Where the shared files are: <c>commondir</c>'s target for a linked worktree, else the git directory itself.</summary>
    public static string CommonDirectory(string gitDirectory)
    {
        if (Line(Path.Join(gitDirectory, "commondir")) is not { Length: > 0 } common)
        {
            return gitDirectory;
        }

        try
        {
            return Path.GetFullPath(Path.IsPathRooted(common) ? common : Path.Join(gitDirectory, common));
        }
        catch (Exception exception) when (exception is ArgumentException or PathTooLongException or NotSupportedException)
        {
            return gitDirectory;
        }
    }

    /// <summary>Whether a path exists as anything (a marker file such as <c>MERGE_HEAD</c>, or a directory such as <c>rebase-merge</c>).</summary>
    public static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);

    /// <summary>A whole commit id: 40 (SHA-1) or 64 (SHA-256) hexadecimal digits.</summary>
    public static bool IsObjectId(string text) => text.Length is 40 or 64 && text.All(char.IsAsciiHexDigit);
}
