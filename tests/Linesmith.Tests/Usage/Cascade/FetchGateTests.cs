using Linesmith.TestSupport;
using Linesmith.Usage.Cascade;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>docs/spec/decisions.md#d1-one-fetch-not-a-stampede: the fetch gate is exclusive and released on dispose.</summary>
public sealed class FetchGateTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_second_holder_is_refused_while_the_first_holds_it()
    {
        var first = FetchGate.TryAcquire(_temp.Path);
        using var held = first.Gate;
        var second = FetchGate.TryAcquire(_temp.Path);

        Assert.Equal(GateState.Held, first.State);
        Assert.NotNull(held);
        Assert.Equal(GateState.Busy, second.State);
        Assert.Null(second.Gate);
        Assert.False(FetchGate.IsFree(_temp.Path));
    }

    [Fact]
    public void Disposing_releases_it()
    {
        FetchGate.TryAcquire(_temp.Path).Gate!.Dispose();

        var again = FetchGate.TryAcquire(_temp.Path);
        using var held = again.Gate;

        Assert.Equal(GateState.Held, again.State);
        Assert.NotNull(held);
    }

    [Fact]
    public void A_missing_cache_root_is_created_private_but_never_its_missing_parent()
    {
        var root = _temp.Join("a");
        var none = FetchGate.TryAcquire(_temp.Join("x", "y"));
        Assert.Equal(GateState.Unavailable, none.State);
        Assert.Null(none.Gate);
        Assert.False(Directory.Exists(_temp.Join("x")));

        using var gate = FetchGate.TryAcquire(root).Gate;

        Assert.NotNull(gate);
        Assert.True(File.Exists(Path.Join(root, FetchGate.FileName)));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Join(root, FetchGate.FileName)));
        }
    }

    [Fact]
    public void A_root_that_cannot_be_created_is_unavailable_not_busy()
    {
        var file = _temp.Join("file");
        File.WriteAllText(file, "x");

        var attempt = FetchGate.TryAcquire(Path.Join(file, "cache"));

        Assert.Equal(GateState.Unavailable, attempt.State);
        Assert.Null(attempt.Gate);
        Assert.NotNull(attempt.Problem);
    }

    [Fact]
    public void Only_ewouldblock_counts_as_busy()
    {
        // errno 30 is EROFS: a read-only cache root must not make every process wait for a holder.
        Assert.False(FetchGate.IsBusy(new IOException("read-only", 30)));
        if (OperatingSystem.IsLinux())
        {
            Assert.True(FetchGate.IsBusy(new IOException("busy", 11)));
        }
    }
}
