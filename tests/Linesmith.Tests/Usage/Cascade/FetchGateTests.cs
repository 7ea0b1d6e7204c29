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
        using var first = FetchGate.TryAcquire(_temp.Path, out var firstBusy, out _);
        var second = FetchGate.TryAcquire(_temp.Path, out var secondBusy, out _);

        Assert.NotNull(first);
        Assert.False(firstBusy);
        Assert.Null(second);
        Assert.True(secondBusy);
        Assert.False(FetchGate.IsFree(_temp.Path));
    }

    [Fact]
    public void Disposing_releases_it()
    {
        FetchGate.TryAcquire(_temp.Path, out _, out _)!.Dispose();

        using var again = FetchGate.TryAcquire(_temp.Path, out var busy, out _);

        Assert.NotNull(again);
        Assert.False(busy);
    }

    [Fact]
    public void A_missing_cache_root_is_created_private_but_never_its_missing_parent()
    {
        var root = _temp.Join("a");
        using (var none = FetchGate.TryAcquire(_temp.Join("x", "y"), out var busy, out _))
        {
            Assert.Null(none);
            Assert.False(busy);
            Assert.False(Directory.Exists(_temp.Join("x")));
        }

        using var gate = FetchGate.TryAcquire(root, out _, out _);

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

        var gate = FetchGate.TryAcquire(Path.Join(file, "cache"), out var busy, out var problem);

        Assert.Null(gate);
        Assert.False(busy);
        Assert.NotNull(problem);
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
