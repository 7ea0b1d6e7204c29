using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md: the cache root cannot be used (read-only, full, a file, a dangling symlink,
/// <c>usage.json</c> a directory, unwritable for its owner). The render still prints the fetched
/// data, each failed write is logged once (cache, lock), and nothing half-written stays behind. A
/// root that is a file or a dangling link is refused before any write, with one line saying so.
/// </summary>
[Collection(LoadGroup.Name)]
[Trait(Needs.Platform, Needs.Linux)]
public sealed class CacheRootFaultTests
{
    public static TheoryData<string> Faults => ["read-only", "full", "a-file", "dangling-symlink", "usage-json-a-directory", "unwritable"];

    [Theory]
    [MemberData(nameof(Faults))]
    public void The_render_prints_fetched_data_logs_once_and_leaves_nothing_half_written(string fault)
    {
        if (fault is "read-only" or "full" && !Mounts.IsRoot)
        {
            // The one allowed exception (docs/guarantees.md): mounting a tmpfs needs root. CI runs as root.
            Console.WriteLine($"cache-root fault '{fault}' not run: mounting a tmpfs needs root");
            return;
        }

        using var rig = new UsageRig(timeoutMs: 10_000);
        using var mounts = new Mounts();
        var root = Path.Join(rig.Home, "faulty-cache");
        rig.Environment["LINESMITH_CACHE_DIR"] = root;
        rig.Environment.Remove("LINESMITH_LOG");
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);
        var runAs = Prepare(fault, root, rig, mounts);

        var result = runAs is null
            ? RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config)
            : RunAsNobody(rig, config);

        var line = RenderRunner.AssertOneSafeLine(result);
        Assert.Contains("42", line, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RequestCount);
        var log = result.Stderr + (File.Exists(Path.Join(root, "linesmith.log")) ? File.ReadAllText(Path.Join(root, "linesmith.log")) : string.Empty);
        if (fault is "a-file" or "dangling-symlink")
        {
            // Not a directory, or one that cannot be made: refused before any write (issue 11 item 9), said once.
            Assert.Equal(1, log.Split('\n').Count(l => l.Contains("running without the disk cache", StringComparison.Ordinal)));
            Assert.DoesNotContain("cascade: cache write failed", log, StringComparison.Ordinal);
            return;
        }

        // Once per failed write (docs/spec/edge-cases.md item 52 logs the cache and the lock write each at error level), never repeated.
        Assert.Equal(1, log.Split('\n').Count(l => l.Contains("cascade: cache write failed", StringComparison.Ordinal)));
        Assert.InRange(log.Split('\n').Count(l => l.Contains("cascade: lock write failed", StringComparison.Ordinal)), 0, 1);
        if (Directory.Exists(root))
        {
            Assert.Empty(Directory.GetFiles(root, "*.tmp", SearchOption.AllDirectories));
            Assert.False(File.Exists(Path.Join(root, "usage.json")) && rig.Cache.Read().Entry is null, "a torn usage.json");
        }
    }

    private static string? Prepare(string fault, string root, UsageRig rig, Mounts mounts)
    {
        switch (fault)
        {
            case "read-only":
                mounts.Tmpfs(root, "ro,size=1m,mode=0700");
                return null;
            case "full":
                mounts.Tmpfs(root, "size=64k,mode=0700");
                FillUp(root);
                return null;
            case "a-file":
                File.WriteAllText(root, "not a directory");
                return null;
            case "dangling-symlink":
                File.CreateSymbolicLink(root, Path.Join(rig.Home, "nowhere", "cache"));
                return null;
            case "usage-json-a-directory":
                Directory.CreateDirectory(Path.Join(root, "usage.json"));
                File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                return null;
            default:
                // Root ignores permissions, so this one runs as nobody against nobody's own read-only (0500) root.
                Directory.CreateDirectory(root);
                Mounts.Run("chmod", "-R", "a+rX", rig.Home);
                Mounts.Run("chown", "-R", "65534:65534", rig.Home);
                File.SetUnixFileMode(root, UnixFileMode.UserRead | UnixFileMode.UserExecute);
                return "nobody";
        }
    }

    private static ProcessResult RunAsNobody(UsageRig rig, string config)
    {
        return ProcessRunner.Run("setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", PublishedBinary.Path, "--config", config], rig.Environment, RenderRunner.Payload, RenderRunner.Bound);
    }

    private static void FillUp(string root)
    {
        try
        {
            using var filler = new FileStream(Path.Join(root, "filler"), FileMode.CreateNew);
            var block = new byte[4096];
            while (true)
            {
                filler.Write(block);
                filler.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            // ENOSPC: the file system is full, which is the point.
        }
    }
}
