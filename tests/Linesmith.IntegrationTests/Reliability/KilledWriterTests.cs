using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md: writer processes (the Hammer helper, real CacheStore/LockStore) are SIGKILLed at
/// random points during thousands of atomic writes while this process reads in a loop: every read of
/// <c>usage.json</c> and <c>usage.lock</c> is a complete document. Temp files the killed writers left
/// behind are removed by the next writer once they are older than a minute.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class KilledWriterTests : IDisposable
{
    private const int Rounds = 12;

    private const int MinimumWrites = 2_000;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();


    [Fact]
    public void Writers_killed_at_random_points_never_leave_a_torn_file_and_the_next_writer_sweeps_old_temps()
    {
        var root = _dir.Join("cache");
        var random = new Random(7);
        var cache = new CacheStore(root, TimeProvider.System);
        var locks = new LockStore(root, TimeProvider.System);
        var stop = new CancellationTokenSource();
        var reads = 0;
        var complete = 0;
        string? torn = null;
        var reader = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                foreach (var (path, parse) in new (string, Func<byte[], bool>)[]
                {
                    (cache.Path, bytes => CacheStore.Parse(bytes, DateTimeOffset.UtcNow.AddMinutes(1)) is not null),
                    (locks.Path, bytes => LockStore.Parse(bytes) is not null),
                })
                {
                    if (Hammer.TryRead(path) is { } bytes)
                    {
                        if (!parse(bytes))
                        {
                            torn ??= $"torn {Path.GetFileName(path)}: {bytes.Length} bytes";
                        }

                        complete++;
                    }
                }

                reads++;
            }
        });
        reader.Start();

        var writes = 0;
        for (var round = 0; round < Rounds; round++)
        {
            using var writer = ProcessRunner.Start("dotnet", [RepoPaths.HammerDll, root, "0", "both"], Hammer.Environment(_dir.Path));
            writer.StandardInput.Close();
            var progress = 0;
            // Kill once it is writing, a random number of hundred-write batches in.
            var batches = random.Next(2, 12);
            while (progress < batches && writer.StandardOutput.ReadLine() is "+100")
            {
                progress++;
            }

            Thread.Sleep(random.Next(0, 20));
            writer.Kill();
            Assert.True(writer.WaitForExit(TimeSpan.FromSeconds(10)));
            writes += progress * 100;
        }

        stop.Cancel();
        Assert.True(reader.Join(TimeSpan.FromSeconds(30)));
        Assert.Null(torn);
        Assert.True(writes >= MinimumWrites, $"only {writes} writes completed");
        Assert.True(complete > 0 && reads > 0);

        // Whatever the kills left, plus one planted for certain, aged past the one-minute threshold.
        File.WriteAllText(Path.Join(root, ".usage.json.99999.0123456789abcdef0123456789abcdef.tmp"), "{\"schema_ver");
        var temps = Directory.GetFiles(root, "*.tmp");
        foreach (var temp in temps)
        {
            File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddMinutes(-2));
        }

        var young = Path.Join(root, ".usage.lock.99998.fedcba9876543210fedcba9876543210.tmp");
        File.WriteAllText(young, "{");

        var final = ProcessRunner.Run("dotnet", [RepoPaths.HammerDll, root, "1", "both"], Hammer.Environment(_dir.Path));
        Assert.Equal(0, final.ExitCode);

        Assert.Equal([Path.GetFileName(young)], Directory.GetFiles(root, "*.tmp").Select(Path.GetFileName));
        Assert.NotNull(cache.Read().Entry);
        Assert.NotNull(locks.Read().Lock);
        Console.WriteLine($"killed-writer: {Rounds} kills, {writes}+ writes, {reads} reads, {temps.Length} stray temps swept");
    }
}
