using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>docs/guarantees.md: temp files left by a killed writer are removed by the next writer once older than a minute.</summary>
public sealed class StaleTempTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_write_removes_this_targets_temp_files_older_than_a_minute_and_keeps_younger_and_foreign_ones()
    {
        var now = DateTimeOffset.UtcNow;
        var old = Plant(".usage.json.4242.0123456789abcdef0123456789abcdef.tmp", now.AddMinutes(-2));
        var young = Plant(".usage.json.4243.fedcba9876543210fedcba9876543210.tmp", now.AddSeconds(-30));
        var otherTarget = Plant(".usage.lock.4244.00000000000000000000000000000000.tmp", now.AddMinutes(-5));

        Assert.Null(AtomicJsonFile.Write(_dir.Join("usage.json"), "{}"u8, now));

        Assert.False(File.Exists(old));
        Assert.True(File.Exists(young));
        Assert.True(File.Exists(otherTarget));
    }

    [Fact]
    public void A_stale_temp_symlink_is_unlinked_and_its_target_kept()
    {
        var outside = _dir.Join("outside.txt");
        File.WriteAllText(outside, "keep");
        var link = _dir.Join(".usage.json.1.aaaa.tmp");
        File.CreateSymbolicLink(link, outside);

        Assert.Equal(1, AtomicJsonFile.RemoveStaleTemps(_dir.Path, "usage.json", DateTimeOffset.UtcNow.AddMinutes(10)));

        Assert.False(File.Exists(link));
        Assert.Equal("keep", File.ReadAllText(outside));
    }

    [Fact]
    public void A_write_without_a_clock_leaves_temp_files_alone()
    {
        var old = Plant(".usage.json.4242.0123456789abcdef0123456789abcdef.tmp", DateTimeOffset.UtcNow.AddHours(-1));

        Assert.Null(AtomicJsonFile.Write(_dir.Join("usage.json"), "{}"u8));

        Assert.True(File.Exists(old));
    }

    private string Plant(string name, DateTimeOffset modified)
    {
        var path = _dir.Join(name);
        File.WriteAllText(path, "{\"half");
        File.SetLastWriteTimeUtc(path, modified.UtcDateTime);
        return path;
    }
}
