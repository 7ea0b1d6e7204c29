using Linesmith.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>
/// Issue 7 "Security" and issue 11 item 9: an existing cache root owned by another user or writable by
/// others is refused, and so is any path to it that another user could redirect: a symlink that user
/// planted, a component they own, a component others may write that is not root-owned and sticky.
/// "Another user" is uid 65534 (nobody): the tests run as root and chown to it.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CacheRootTrustTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void A_private_directory_of_ours_is_accepted()
    {
        var root = _dir.Join("cache");
        Directory.CreateDirectory(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Null(CacheRootTrust.Refusal(root));
    }

    [Fact]
    public void A_missing_directory_is_accepted_because_linesmith_creates_it_private() =>
        Assert.Null(CacheRootTrust.Refusal(_dir.Join("not-yet")));

    [Theory]
    [InlineData(UnixFileMode.OtherWrite)]
    [InlineData(UnixFileMode.GroupWrite)]
    public void A_directory_others_may_write_is_refused(UnixFileMode extra)
    {
        var root = _dir.Join("shared");
        Directory.CreateDirectory(root);
        File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | extra);

        Assert.Contains("writable by other users", CacheRootTrust.Refusal(root), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_owned_by_another_user_is_refused()
    {
        var root = _dir.Join("foreign");
        Directory.CreateDirectory(root);
        // chown needs root, which CI has; the test process's own directory is the control case above.
        Chown(root, 12345);

        Assert.Contains("owned by another user", CacheRootTrust.Refusal(root), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_planted_by_another_user_in_a_sticky_world_writable_directory_is_refused_whatever_it_points_to()
    {
        var shared = SharedTmp();
        var victim = PrivateDirectory("victim");
        var link = Path.Join(shared, "cache");
        File.CreateSymbolicLink(link, victim);
        Chown(link, Nobody, noDereference: true);

        Assert.Equal($"cache root {link}: {link} is a symlink owned by another user (uid {Nobody})", CacheRootTrust.Refusal(link));
        Assert.Contains("is a symlink owned by another user", CacheRootTrust.Refusal(Path.Join(link, "linesmith")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dangling_symlink_planted_by_another_user_is_refused_too()
    {
        var link = Path.Join(SharedTmp(), "cache");
        File.CreateSymbolicLink(link, _dir.Join("later"));
        Chown(link, Nobody, noDereference: true);

        Assert.Contains("is a symlink owned by another user", CacheRootTrust.Refusal(link), StringComparison.Ordinal);
    }

    [Fact]
    public void Our_own_symlink_to_our_own_private_directory_is_followed_and_accepted()
    {
        var target = PrivateDirectory("real");
        var link = Path.Join(SharedTmp(), "mine");
        File.CreateSymbolicLink(link, target);

        Assert.Null(CacheRootTrust.Refusal(link));
    }

    [Fact]
    public void Our_own_symlink_into_a_directory_another_user_owns_is_refused_at_the_target()
    {
        var foreign = PrivateDirectory("foreign");
        Chown(foreign, Nobody);
        var link = Path.Join(PrivateDirectory("home"), "cache");
        File.CreateSymbolicLink(link, Path.Join(foreign, "linesmith"));

        Assert.Equal($"cache root {link}: {foreign} is owned by another user (uid {Nobody})", CacheRootTrust.Refusal(link));
    }

    [Fact]
    public void A_relative_symlink_with_dot_dot_is_resolved_from_its_own_directory()
    {
        var home = PrivateDirectory("home");
        var target = PrivateDirectory("home", "real");
        Directory.CreateDirectory(Path.Join(home, "sub"));
        File.CreateSymbolicLink(Path.Join(home, "sub", "link"), "../real");

        Assert.Null(CacheRootTrust.Refusal(Path.Join(home, "sub", "link")));
        Chown(target, Nobody);
        Assert.Contains("owned by another user", CacheRootTrust.Refusal(Path.Join(home, "sub", "link")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_symlink_loop_is_refused()
    {
        var home = PrivateDirectory("home");
        File.CreateSymbolicLink(Path.Join(home, "a"), Path.Join(home, "b"));
        File.CreateSymbolicLink(Path.Join(home, "b"), Path.Join(home, "a"));

        Assert.Contains("too many symlinks", CacheRootTrust.Refusal(Path.Join(home, "a", "linesmith")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group")]
    [InlineData("other")]
    public void A_parent_others_may_write_that_is_not_root_owned_and_sticky_is_refused(string who)
    {
        var parent = PrivateDirectory("parent");
        File.SetUnixFileMode(parent, PrivateMode | (who == "group" ? UnixFileMode.GroupWrite | UnixFileMode.GroupExecute : UnixFileMode.OtherWrite | UnixFileMode.OtherExecute));

        Assert.Contains($"{parent} is writable by other users", CacheRootTrust.Refusal(Path.Join(parent, "cache")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_world_writable_sticky_parent_owned_by_another_user_is_refused()
    {
        var parent = SharedTmp();
        Chown(parent, Nobody);

        Assert.Contains("is owned by another user", CacheRootTrust.Refusal(Path.Join(parent, "cache")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_of_another_user_inside_a_sticky_directory_is_refused_even_as_a_parent()
    {
        var planted = Path.Join(SharedTmp(), "planted");
        Directory.CreateDirectory(planted);
        Chown(planted, Nobody);

        Assert.Contains($"{planted} is owned by another user", CacheRootTrust.Refusal(Path.Join(planted, "linesmith")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_root_owned_sticky_world_writable_parent_like_tmp_is_accepted()
    {
        var root = Path.Join(SharedTmp(), "cache");
        Directory.CreateDirectory(root, PrivateMode);

        Assert.Null(CacheRootTrust.Refusal(root));
    }

    [Fact]
    public void A_file_on_the_way_or_at_the_root_is_refused()
    {
        var file = _dir.Join("file");
        File.WriteAllText(file, "x");

        Assert.Contains("is not a directory", CacheRootTrust.Refusal(file), StringComparison.Ordinal);
        Assert.Contains("is not a directory", CacheRootTrust.Refusal(Path.Join(file, "linesmith")), StringComparison.Ordinal);
    }

    private const UnixFileMode PrivateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>nobody: "another user" for the tests, which run as root.</summary>
    private const int Nobody = 65534;

    /// <summary>A root-owned, world-writable, sticky directory: what /tmp is.</summary>
    private string SharedTmp()
    {
        var shared = _dir.Join("tmp");
        Directory.CreateDirectory(shared);
        File.SetUnixFileMode(shared, (UnixFileMode)Convert.ToInt32("1777", 8));
        return shared;
    }

    private string PrivateDirectory(params string[] parts)
    {
        var path = _dir.Join(parts);
        Directory.CreateDirectory(path, PrivateMode);
        File.SetUnixFileMode(path, PrivateMode);
        return path;
    }

    internal static void Chown(string path, int uid, bool noDereference = false)
    {
        var owner = uid.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var process = System.Diagnostics.Process.Start("chown", noDereference ? ["-h", owner, path] : [owner, path])!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "chown failed: the security tests need to run as root");
    }
}
