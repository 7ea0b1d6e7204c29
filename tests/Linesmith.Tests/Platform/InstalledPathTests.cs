using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>
/// Issue 16: installed as a .NET tool, <c>linesmith install</c> writes the command on PATH
/// (<c>~/.dotnet/tools/linesmith</c>), not the versioned store path that <c>dotnet tool update</c>
/// removes, and under Homebrew the opt link, not the versioned Cellar path. Real files in a temporary
/// folder; the tool install itself is tested in scripts/check-tool.
/// </summary>
public sealed class InstalledPathTests : IDisposable
{
    private readonly TempDir _temp = new();

    public void Dispose() => _temp.Dispose();

    private string StoreBinary(string version = "0.1.0") =>
        _temp.Join("tools", ".store", "linesmith", version, "linesmith.linux-x64", version, "tools", "net10.0", "linux-x64", "linesmith");

    [Fact]
    public void A_binary_in_the_tool_store_is_installed_as_the_shim_beside_the_store()
    {
        Directory.CreateDirectory(_temp.Join("tools"));
        File.WriteAllText(_temp.Join("tools", "linesmith"), "");

        Assert.Equal(_temp.Join("tools", "linesmith"), InstalledPath.Stable(StoreBinary(), File.Exists));
    }

    [Fact]
    public void The_same_shim_is_chosen_whatever_version_runs()
    {
        Directory.CreateDirectory(_temp.Join("tools"));
        File.WriteAllText(_temp.Join("tools", "linesmith"), "");

        Assert.Equal(InstalledPath.Stable(StoreBinary("0.1.0"), File.Exists), InstalledPath.Stable(StoreBinary("0.2.0"), File.Exists));
    }

    [Fact]
    public void Without_a_shim_the_real_path_is_kept()
    {
        Assert.Equal(StoreBinary(), InstalledPath.Stable(StoreBinary(), File.Exists));
    }

    [Fact]
    public void A_homebrew_cellar_binary_is_installed_as_the_opt_link()
    {
        Directory.CreateDirectory(_temp.Join("opt", "linesmith", "bin"));
        File.WriteAllText(_temp.Join("opt", "linesmith", "bin", "linesmith"), "");

        var cellar = _temp.Join("Cellar", "linesmith", "0.1.0", "bin", "linesmith");

        Assert.Equal(_temp.Join("opt", "linesmith", "bin", "linesmith"), InstalledPath.Stable(cellar, File.Exists));
    }

    [Fact]
    public void A_cellar_path_without_the_opt_link_is_kept()
    {
        var cellar = _temp.Join("Cellar", "linesmith", "0.1.0", "bin", "linesmith");

        Assert.Equal(cellar, InstalledPath.Stable(cellar, File.Exists));
    }

    [Theory]
    [InlineData("/usr/local/bin/linesmith")]
    [InlineData("/opt/Cellar/linesmith")]
    [InlineData("/home/u/.local/bin/linesmith")]
    [InlineData("/home/u/.store-things/linesmith")]
    [InlineData("linesmith")]
    public void Any_other_location_is_used_as_it_is(string path)
    {
        Assert.Equal(path, InstalledPath.Stable(path, _ => true));
    }
}
