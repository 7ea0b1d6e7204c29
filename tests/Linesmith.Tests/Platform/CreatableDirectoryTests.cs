using Linesmith.Platform;
using Linesmith.TestSupport;

namespace Linesmith.Tests.Platform;

/// <summary>Issue 11 item 2: linesmith creates only its own levels, 0700, below a base that exists; never the base or above.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CreatableDirectoryTests : IDisposable
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void The_missing_levels_below_the_base_are_created_owner_only()
    {
        var home = _dir.Join("home");
        Directory.CreateDirectory(home);

        new CreatableDirectory(Path.Join(home, ".cache", "linesmith"), home).Create();

        Assert.Equal(Private, File.GetUnixFileMode(Path.Join(home, ".cache")));
        Assert.Equal(Private, File.GetUnixFileMode(Path.Join(home, ".cache", "linesmith")));
    }

    [Fact]
    public void A_missing_base_creates_nothing_at_all()
    {
        var home = _dir.Join("nonexistent", "x");

        var error = Assert.Throws<DirectoryNotFoundException>(() => new CreatableDirectory(Path.Join(home, ".cache", "linesmith"), home).Create());

        Assert.Contains("linesmith does not create it", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(_dir.Join("nonexistent")));
    }

    [Fact]
    public void A_named_directory_gets_only_its_last_level()
    {
        Assert.Throws<DirectoryNotFoundException>(() => CreatableDirectory.LastLevelOf(_dir.Join("a", "b")).Create());
        Assert.False(Directory.Exists(_dir.Join("a")));

        CreatableDirectory.LastLevelOf(_dir.Join("a")).Create();
        Assert.True(Directory.Exists(_dir.Join("a")));
    }

    [Fact]
    public void An_existing_directory_keeps_its_mode()
    {
        var existing = _dir.Join("open");
        Directory.CreateDirectory(existing);
        File.SetUnixFileMode(existing, Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        CreatableDirectory.LastLevelOf(existing).Create();

        Assert.Equal(Private | UnixFileMode.GroupRead | UnixFileMode.GroupExecute, File.GetUnixFileMode(existing));
    }

    [Fact]
    public void A_file_where_a_level_should_be_is_an_io_error()
    {
        var home = _dir.Join("home");
        Directory.CreateDirectory(home);
        File.WriteAllText(Path.Join(home, ".cache"), "x");

        Assert.ThrowsAny<IOException>(() => new CreatableDirectory(Path.Join(home, ".cache", "linesmith"), home).Create());
    }
}
