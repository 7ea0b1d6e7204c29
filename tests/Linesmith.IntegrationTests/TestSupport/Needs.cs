namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// Which integration tests need more of the machine than the published binary and .NET
/// (docs/adr/0018-windows-code-paths.md), as the trait <c>Platform</c>: <see cref="Linux"/> for tmpfs
/// mounts, <c>setpriv</c>, <c>/proc</c>, <c>chroot</c>, <c>/dev/full</c>, util-linux <c>script</c> and
/// <c>chown</c> as root; <see cref="Unix"/> for a POSIX shell, FIFOs, <c>/dev/zero</c> and file modes
/// (macOS has them too). Unmarked tests run on every OS. The CI runners filter on it
/// (<c>.github/workflows/ci.yml</c>): macOS runs <c>Platform!=Linux</c>, Windows
/// <c>Platform!=Linux&amp;Platform!=Unix</c>.
/// </summary>
internal static class Needs
{
    public const string Platform = "Platform";

    public const string Linux = "Linux";

    public const string Unix = "Unix";
}
