using Linesmith.Platform;

namespace Linesmith.Usage.Cascade;

/// <summary>
/// docs/spec/decisions.md#d1-one-fetch-not-a-stampede, exactly one fetch: an exclusive, non-blocking OS lock on
/// <c>&lt;cache root&gt;/usage.fetch.lock</c>. On Unix, .NET opens a <see cref="FileShare.None"/> stream
/// with <c>flock(LOCK_EX|LOCK_NB)</c>, so a second holder fails at once and the kernel drops the lock
/// when the holder exits or is killed: a crashed fetcher can never leave the gate shut. The file's
/// content is unused; it is never deleted (deleting would let two holders lock two different inodes).
/// </summary>
internal sealed class FetchGate : IDisposable
{
    public const string FileName = "usage.fetch.lock";

    private readonly FileStream _stream;

    private FetchGate(FileStream stream) => _stream = stream;

    /// <summary>Held (with a gate to dispose), busy (another process holds it), or unavailable (the file cannot be opened at all).</summary>
    public static GateAttempt TryAcquire(string cacheRoot)
    {
        var path = Path.Join(cacheRoot, FileName);
        try
        {
            CreatableDirectory.LastLevelOf(cacheRoot).Create();
            Symlinks.Unlink(path);
            return new GateAttempt(GateState.Held, new FetchGate(PrivateFile.Open(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)));
        }
        catch (IOException exception) when (IsBusy(exception))
        {
            return new GateAttempt(GateState.Busy, Problem: exception.Message);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException)
        {
            // Read-only file system, a file where the directory should be, …: not "someone else
            // holds it", so the caller must not wait for a holder that does not exist.
            return new GateAttempt(GateState.Unavailable, Problem: $"{path}: {exception.Message}");
        }
    }

    /// <summary>
    /// The lock is held elsewhere: <c>flock</c>'s EWOULDBLOCK, which .NET reports as an IOException
    /// whose HResult is the raw errno (11 on Linux, 35 on macOS/BSD), or a Windows sharing or lock
    /// violation (0x80070020, 0x80070021).
    /// </summary>
    internal static bool IsBusy(IOException exception) => exception.HResult switch
    {
        11 when OperatingSystem.IsLinux() => true,
        35 when OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD() => true,
        unchecked((int)0x80070020) or unchecked((int)0x80070021) => true,
        _ => false,
    };

    /// <summary>True when nobody holds the gate at this instant (it is taken and released at once).</summary>
    public static bool IsFree(string cacheRoot)
    {
        var attempt = TryAcquire(cacheRoot);
        attempt.Gate?.Dispose();
        return attempt.State != GateState.Busy;
    }

    public void Dispose() => _stream.Dispose();
}
