using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.IntegrationTests;

/// <summary>
/// Ten separate writer processes (the Hammer helper, using the real CacheStore and LockStore) against
/// one cache root while this process reads in a loop: every read is a miss or a complete entry.
/// </summary>
public sealed class CacheWriterProcessTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();


    [Fact]
    public void Ten_writer_processes_and_a_reader_never_produce_a_torn_file_or_leave_temp_files()
    {
        var root = _dir.Join("cache");
        var modes = new[] { "data", "error", "mixed", "lock", "data", "error", "mixed", "lock", "mixed", "data" };
        var writers = modes
            .Select(mode => ProcessRunner.Start("dotnet", [RepoPaths.HammerDll, root, "300", mode], Hammer.Environment(_dir.Path)))
            .ToList();
        var cache = new CacheStore(root, TimeProvider.System);
        var locks = new LockStore(root, TimeProvider.System);
        var entries = 0;
        var reads = 0;

        while (writers.Any(writer => !writer.HasExited))
        {
            var bytes = Hammer.TryRead(cache.Path);
            if (bytes is not null)
            {
                Assert.NotNull(CacheStore.Parse(bytes, DateTimeOffset.UtcNow.AddMinutes(1)));
                entries++;
            }

            var lockBytes = Hammer.TryRead(locks.Path);
            if (lockBytes is not null)
            {
                Assert.NotNull(LockStore.Parse(lockBytes));
            }

            reads++;
        }

        foreach (var writer in writers)
        {
            Assert.True(writer.WaitForExit(TimeSpan.FromSeconds(60)));
            Assert.Equal(string.Empty, writer.StandardError.ReadToEnd());
            Assert.Equal(0, writer.ExitCode);
            writer.Dispose();
        }

        Assert.True(reads > 0);
        Assert.True(entries > 0, "the reader never saw an entry");
        Assert.NotNull(cache.Read().Entry);
        Assert.NotNull(locks.Read().Lock);
        Assert.Equal(["usage.json", "usage.lock"], Directory.GetFiles(root).Select(Path.GetFileName).Order());
    }
}
