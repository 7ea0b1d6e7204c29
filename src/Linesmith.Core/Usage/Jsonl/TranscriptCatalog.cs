using Linesmith.Diagnostics;
using Linesmith.Platform;

namespace Linesmith.Usage.Jsonl;

/// <summary>
/// The transcripts worth reading: <c>&lt;root&gt;/&lt;workspace&gt;/*.jsonl</c> under every existing root,
/// written within the window (an older file holds no line the 7-day total or the 5-hour block can
/// use), non-empty, and not symbolic links (Claude Code writes regular files; a link could point at
/// <c>/dev/zero</c> or another user's file). Listed newest first, so that a scan cut short by its
/// budget has the most recent hours.
/// </summary>
internal static class TranscriptCatalog
{
    public static List<TranscriptFile> InWindow(IReadOnlyList<string> roots, DateTimeOffset now, TimeSpan window, Log log)
    {
        var oldest = (now - window).UtcTicks;
        var files = new List<TranscriptFile>();
        foreach (var root in roots)
        {
            foreach (var workspace in List(root, directory => directory.EnumerateDirectories(), log))
            {
                foreach (var file in List(workspace.FullName, directory => directory.EnumerateFiles("*.jsonl"), log))
                {
                    if (Listed(file, oldest, log) is { } listed)
                    {
                        files.Add(listed);
                    }
                }
            }
        }

        files.Sort((a, b) => b.ModifiedTicks != a.ModifiedTicks ? b.ModifiedTicks.CompareTo(a.ModifiedTicks) : string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    private static TranscriptFile? Listed(FileInfo file, long oldest, Log log)
    {
        try
        {
            if ((file.Attributes & FileAttributes.ReparsePoint) != 0 || file.Length == 0)
            {
                // A FIFO, socket or device lists as empty, a link may lead to one: say why it is
                // skipped (a non-blocking open and fstat, never a read), and skip it either way.
                BoundedFile.RefuseNonRegular(file.FullName);
                return null;
            }

            return file.LastWriteTimeUtc.Ticks >= oldest ? new TranscriptFile(file.FullName, file.Length, file.LastWriteTimeUtc.Ticks) : null;
        }
        catch (IOException exception) when (exception.HResult == BoundedFile.NotRegularResult)
        {
            log.Warn($"jsonl: {exception.Message}; skipped");
            return null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null; // gone between the listing and its stat
        }
    }

    private static List<T> List<T>(string directory, Func<DirectoryInfo, IEnumerable<T>> list, Log log)
    {
        try
        {
            return list(new DirectoryInfo(directory)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            log.Warn($"jsonl: cannot list {directory}: {exception.Message}");
            return [];
        }
    }
}
