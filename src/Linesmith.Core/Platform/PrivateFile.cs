namespace Linesmith.Platform;

/// <summary>
/// Opens a file that only its owner may read: created 0600 (<see cref="UnixModes.PrivateFile"/>), the one
/// place that builds the <see cref="FileStreamOptions"/> for the atomic writes' temp files, the fetch gate
/// and the log. Unbuffered, so that one <c>Write</c> is one system call (the log's lines, appended with
/// <c>O_APPEND</c> by concurrent processes, do not interleave). It follows no link that was planted:
/// <see cref="FileMode.CreateNew"/> never does (<c>O_CREAT|O_EXCL</c>), and a caller that opens in place
/// removes a link at the path first (<see cref="Symlinks.Unlink"/>).
/// </summary>
internal static class PrivateFile
{
    public static FileStream Open(string path, FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixModes.PrivateFile;
        }

        return new FileStream(path, options);
    }
}
