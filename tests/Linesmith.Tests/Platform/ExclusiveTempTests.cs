using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>docs/guarantees.md: the temp file is created exclusively and never follows or reuses what is already at its name.</summary>
public sealed class ExclusiveTempTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_symlink_planted_at_the_temp_name_is_refused_and_its_target_untouched()
    {
        var outside = _dir.Join("outside.txt");
        File.WriteAllText(outside, "keep");
        var temp = _dir.Join(".usage.json.1.planted.tmp");
        File.CreateSymbolicLink(temp, outside);

        Assert.Throws<IOException>(() => AtomicJsonFile.WriteNewFile(temp, "{\"evil\":1}"u8));

        Assert.Equal("keep", File.ReadAllText(outside));
    }

    [Fact]
    public void A_dangling_symlink_planted_at_the_temp_name_creates_nothing_at_its_target()
    {
        var target = _dir.Join("would-be-created.txt");
        var temp = _dir.Join(".usage.json.1.dangling.tmp");
        File.CreateSymbolicLink(temp, target);

        Assert.Throws<IOException>(() => AtomicJsonFile.WriteNewFile(temp, "{}"u8));

        Assert.False(File.Exists(target));
    }

    [Fact]
    public void A_symlink_at_the_target_is_replaced_by_a_regular_file_and_its_target_untouched()
    {
        var outside = _dir.Join("outside.txt");
        File.WriteAllText(outside, "keep");
        var target = _dir.Join("usage.json");
        File.CreateSymbolicLink(target, outside);

        Assert.Null(AtomicJsonFile.Write(target, "{}"u8));

        Assert.Equal("keep", File.ReadAllText(outside));
        Assert.Null(new FileInfo(target).LinkTarget);
        Assert.Equal("{}", File.ReadAllText(target));
    }
}
