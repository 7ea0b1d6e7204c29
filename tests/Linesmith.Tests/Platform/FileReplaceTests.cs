using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>
/// The last step of an atomic write on Windows, where <c>MoveFileEx</c> fails while another process
/// holds the target: the move is retried after the documented pauses, only for "held elsewhere"
/// failures, and given up with the last failure after them. The move and the pause are passed in, so
/// these run on every OS; the real move is checked on this one.
/// </summary>
public sealed class FileReplaceTests : IDisposable
{
    private const int SharingViolation = unchecked((int)0x80070020);
    private const int LockViolation = unchecked((int)0x80070021);

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData(SharingViolation)]
    [InlineData(LockViolation)]
    public void A_target_held_by_a_reader_is_replaced_once_the_reader_lets_go(int hresult)
    {
        var pauses = new List<TimeSpan>();
        var attempts = 0;

        FileReplace.Over("a", "b", (_, _) =>
        {
            if (++attempts <= 3)
            {
                throw new IOException("The process cannot access the file because it is being used by another process.", hresult);
            }
        }, pauses.Add, windows: true);

        Assert.Equal(4, attempts);
        Assert.Equal(FileReplace.Pauses.Take(3), pauses);
    }

    [Fact]
    public void Windows_access_denied_is_retried_like_a_sharing_violation_but_not_on_unix()
    {
        var windowsAttempts = 0;
        FileReplace.Over("a", "b", (_, _) =>
        {
            if (++windowsAttempts == 1)
            {
                throw new UnauthorizedAccessException("Access to the path is denied.");
            }
        }, _ => { }, windows: true);

        var unixAttempts = 0;
        Assert.Throws<UnauthorizedAccessException>(() => FileReplace.Over("a", "b", (_, _) =>
        {
            unixAttempts++;
            throw new UnauthorizedAccessException("Permission denied");
        }, _ => { }, windows: false));

        Assert.Equal(2, windowsAttempts);
        Assert.Equal(1, unixAttempts);
    }

    [Fact]
    public void A_holder_that_never_lets_go_ends_the_write_after_every_pause_with_the_last_failure()
    {
        var pauses = new List<TimeSpan>();
        var attempts = 0;

        var failure = Assert.Throws<IOException>(() => FileReplace.Over("a", "b", (_, _) =>
        {
            attempts++;
            throw new IOException("held", SharingViolation);
        }, pauses.Add, windows: true));

        Assert.Equal(SharingViolation, failure.HResult);
        Assert.Equal(FileReplace.Pauses.Count + 1, attempts);
        Assert.Equal(FileReplace.Pauses, pauses);
        Assert.InRange(pauses.Sum(pause => pause.TotalMilliseconds), 50, 200);
    }

    [Theory]
    [InlineData(28)] // ENOSPC
    [InlineData(unchecked((int)0x80070070))] // ERROR_DISK_FULL
    [InlineData(unchecked((int)0x80070003))] // ERROR_PATH_NOT_FOUND
    public void Any_other_failure_is_not_retried(int hresult)
    {
        var attempts = 0;

        Assert.Throws<IOException>(() => FileReplace.Over("a", "b", (_, _) =>
        {
            attempts++;
            throw new IOException("no", hresult);
        }, _ => Assert.Fail("paused"), windows: true));

        Assert.Equal(1, attempts);
    }

    [Fact]
    public void The_real_move_replaces_a_target_that_a_reader_holds_open()
    {
        var target = _dir.Join("usage.json");
        var temp = _dir.Join(".usage.json.1.tmp");
        File.WriteAllText(target, "old");
        File.WriteAllText(temp, "new");
        using var reader = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        FileReplace.Over(temp, target);

        Assert.Equal("new", File.ReadAllText(target));
        Assert.False(File.Exists(temp));
        Assert.Equal((byte)'o', (byte)reader.ReadByte());
    }
}
