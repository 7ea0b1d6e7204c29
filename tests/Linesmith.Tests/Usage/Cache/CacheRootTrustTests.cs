using Linesmith.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>docs/guarantees.md: an existing cache root owned by another user or writable by others is refused.</summary>
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

    internal static void Chown(string path, int uid)
    {
        using var process = System.Diagnostics.Process.Start("chown", [uid.ToString(System.Globalization.CultureInfo.InvariantCulture), path])!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "chown failed: the security tests need to run as root");
    }
}
