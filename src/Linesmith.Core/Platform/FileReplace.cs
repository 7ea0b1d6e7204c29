namespace Linesmith.Platform;

/// <summary>
/// Renames a finished temp file over its target: the last step of every atomic write
/// (docs/spec/on-disk-formats.md#atomic-writes). On Unix <c>rename(2)</c> replaces a target whatever
/// other processes have open. On Windows <c>MoveFileEx(MOVEFILE_REPLACE_EXISTING)</c> fails while
/// another process holds the target open without <c>FILE_SHARE_DELETE</c> (our readers share it,
/// <see cref="BoundedFile"/>; an antivirus scanner, an indexer or another tool may not), with a sharing
/// violation or "access denied". Such holders let go within milliseconds, so the move is tried again
/// after short pauses (about 90 ms in all, far inside a render's budget) before the write is given up.
/// </summary>
internal static class FileReplace
{
    /// <summary>The pauses between attempts; their number is the number of retries.</summary>
    public static readonly IReadOnlyList<TimeSpan> Pauses =
    [
        TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(2), TimeSpan.FromMilliseconds(5),
        TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(50),
    ];

    private const int SharingViolation = unchecked((int)0x80070020); // ERROR_SHARING_VIOLATION as an HRESULT
    private const int LockViolation = unchecked((int)0x80070021); // ERROR_LOCK_VIOLATION

    /// <summary>Moves <paramref name="source"/> over <paramref name="target"/>, retrying while another process holds the target (Windows).</summary>
    public static void Over(string source, string target) =>
        Over(source, target, static (from, to) => File.Move(from, to, overwrite: true), Thread.Sleep, OperatingSystem.IsWindows());

    /// <summary>The same with the move, the pause and the platform passed in: the retry is tested on every OS.</summary>
    internal static void Over(string source, string target, Action<string, string> move, Action<TimeSpan> pause, bool windows)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                move(source, target);
                return;
            }
            catch (Exception exception) when (attempt < Pauses.Count && IsHeldElsewhere(exception, windows))
            {
                pause(Pauses[attempt]);
            }
        }
    }

    /// <summary>
    /// Whether the move failed only because another process has the target open: a sharing or lock
    /// violation, or Windows' "access denied" for a target that is open or pending deletion. On Unix an
    /// <see cref="UnauthorizedAccessException"/> is a real permission problem and is not retried.
    /// </summary>
    internal static bool IsHeldElsewhere(Exception exception, bool windows) => exception switch
    {
        IOException { HResult: SharingViolation or LockViolation } => true,
        UnauthorizedAccessException => windows,
        _ => false,
    };
}
