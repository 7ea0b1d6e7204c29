namespace Linesmith.Platform;

/// <summary>
/// .NET has no <c>O_NOFOLLOW</c>: files that linesmith opens in place (the log, appended; the fetch
/// gate, opened or created) would follow a symlink planted at their name and write outside the cache
/// root (docs/guarantees.md). Such a link is removed first, so that the open creates a regular file.
/// The files a person owns (config.toml, Claude Code's settings.json) are the opposite case: a link there
/// is kept, and the file it points to is the one written (<see cref="FinalTarget"/>).
/// </summary>
internal static class Symlinks
{
    /// <summary>Unlinks <paramref name="path"/> when it is a symbolic link (dangling or not); anything else is left alone.</summary>
    public static void Unlink(string path)
    {
        try
        {
            if (new FileInfo(path).LinkTarget is not null)
            {
                File.Delete(path);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The open that follows reports the real problem.
        }
    }

    /// <summary>
    /// The file <paramref name="path"/> finally points to, or <paramref name="path"/> itself when it is no link
    /// or cannot be followed: a symlinked file (dotfile managers) is written where it points, so the link survives.
    /// </summary>
    public static string FinalTarget(string path)
    {
        try
        {
            return new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return path;
        }
    }
}
