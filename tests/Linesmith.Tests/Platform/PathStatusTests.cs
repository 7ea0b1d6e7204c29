using Linesmith.Platform;
using Linesmith.Tests.Usage.Cache;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>
/// <see cref="PathStatus"/> against what the kernel says (<c>stat(1)</c>): the type, the permission bits
/// (sticky included) and the owner of a path itself, a symlink described rather than followed, and the
/// errno of a missing path and of a path through a file. The runtime's FileStatus layout is the same on
/// every Unix, so these run unchanged on the macOS CI runners (where libc's own layout differs per CPU).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class PathStatusTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_effective_user_is_the_one_the_system_reports() =>
        Assert.Equal(uint.Parse(Run("id", "-u"), System.Globalization.CultureInfo.InvariantCulture), PathStatus.EffectiveUser());

    [Theory]
    [InlineData(0b111_000_000, "700")]
    [InlineData(0b111_111_111, "777")]
    [InlineData(0b001_111_111_111, "1777")]
    [InlineData(0b110_100_000, "640")]
    public void A_directory_reads_with_its_permission_bits_and_owner(int mode, string octal)
    {
        var path = _dir.Join("d");
        Directory.CreateDirectory(path);
        File.SetUnixFileMode(path, (UnixFileMode)mode);
        CacheRootTrustTests.Chown(path, 12345);

        var status = PathStatus.Of(path, out var error);

        Assert.Equal(0, error);
        Assert.True(status?.IsDirectory);
        Assert.False(status?.IsSymlink);
        Assert.Equal(octal, status?.Permissions);
        Assert.Equal(mode >= 0b1_000_000_000, status?.IsSticky);
        Assert.Equal((mode & 0b000_010_010) != 0, status?.IsWritableByOthers);
        Assert.Equal(12345u, status?.Owner);
    }

    [Fact]
    public void A_symlink_is_described_itself_with_its_own_owner_not_its_target()
    {
        var target = _dir.Join("target");
        Directory.CreateDirectory(target);
        var link = _dir.Join("link");
        File.CreateSymbolicLink(link, target);
        CacheRootTrustTests.Chown(link, 23456, noDereference: true);

        var status = PathStatus.Of(link, out _);

        Assert.True(status?.IsSymlink);
        Assert.False(status?.IsDirectory);
        Assert.Equal(23456u, status?.Owner);
        Assert.Equal(PathStatus.EffectiveUser(), PathStatus.Of(target, out _)?.Owner);
    }

    [Fact]
    public void A_regular_file_is_neither_a_directory_nor_a_link()
    {
        var file = _dir.Join("f");
        File.WriteAllText(file, "x");

        var status = PathStatus.Of(file, out _);

        Assert.False(status?.IsDirectory);
        Assert.False(status?.IsSymlink);
        Assert.Equal(Run("stat", "-c", "%a", file), status?.Permissions);
    }

    [Fact]
    public void A_missing_path_and_a_path_through_a_file_give_their_errno()
    {
        File.WriteAllText(_dir.Join("f"), "x");

        Assert.Null(PathStatus.Of(_dir.Join("missing"), out var missing));
        Assert.Equal(PathStatus.NoEntry, missing);
        Assert.Null(PathStatus.Of(_dir.Join("f", "below"), out var throughFile));
        Assert.Equal(PathStatus.NotADirectory, throughFile);
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(program) { RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
