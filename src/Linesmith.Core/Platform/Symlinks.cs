namespace Linesmith.Platform;

/// <summary>
/// .NET has no <c>O_NOFOLLOW</c>: files that linesmith opens in place (the log, appended; the fetch
/// gate, opened or created) would follow a symlink planted at their name and write outside the cache
/// root (docs/guarantees.md). Such a link is removed first, so that the open creates a regular file.
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
}
