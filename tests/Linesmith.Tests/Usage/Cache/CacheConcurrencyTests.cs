using System.Text.Json;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using static Linesmith.Tests.Usage.Cache.CacheFixtures;

namespace Linesmith.Tests.Usage.Cache;

/// <summary>Concurrent writers and readers in one process: docs/spec/on-disk-formats.md#atomic-writes and docs/spec/edge-cases.md item 10.</summary>
public sealed class CacheConcurrencyTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Item10_ten_data_and_ten_error_writes_at_once_all_succeed_and_leave_one_valid_entry()
    {
        var store = new CacheStore(_dir.Path, TimeProvider.System);
        using var start = new Barrier(20);

        // Dedicated threads: 20 pool threads blocked on a barrier would wait for the pool to grow.
        var errors = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                return store.Write(i % 2 == 0 ? CachedUsage.WithData(Data(i), DateTimeOffset.UtcNow) : CachedUsage.WithError("Timeout", DateTimeOffset.UtcNow));
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)));

        Assert.All(errors, Assert.Null);
        var entry = store.Read().Entry;
        Assert.NotNull(entry);
        Assert.True(entry!.Data is null ^ entry.Error is null);
        Assert.Equal(["usage.json"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Ten_writer_threads_and_readers_in_a_loop_never_see_a_torn_file()
    {
        var store = new CacheStore(_dir.Path, TimeProvider.System);
        var locks = new LockStore(_dir.Path, TimeProvider.System);
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 10).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < 200; i++)
            {
                var now = DateTimeOffset.UtcNow;
                Assert.Null(store.Write(w % 2 == 0 ? CachedUsage.WithData(Data(i % 100), now) : CachedUsage.WithError("RateLimited", now)));
                Assert.Null(locks.Write(new LockFile(now.ToUnixTimeSeconds() + i, w % 2 == 0 ? "RateLimited" : null)));
            }
        })).ToArray();
        var reads = 0;
        var entries = 0;
        var readers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Raw bytes as a reader sees them: each must be a complete document or absent.
                var bytes = TryReadBytes(store.Path);
                if (bytes is not null)
                {
                    Assert.NotNull(CacheStore.Parse(bytes, DateTimeOffset.UtcNow.AddMinutes(1)));
                    Interlocked.Increment(ref entries);
                }

                var lockRead = locks.Read();
                Assert.Null(lockRead.Error);
                Interlocked.Increment(ref reads);
            }
        })).ToArray();

        await Task.WhenAll(writers);
        await stop.CancelAsync();
        await Task.WhenAll(readers);

        Assert.True(entries > 0, "the readers saw no entry at all");
        Assert.True(reads > 0);
        Assert.NotNull(store.Read().Entry);
        Assert.Equal(["usage.json", "usage.lock"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order());
    }

    private static byte[]? TryReadBytes(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    [Fact]
    public void A_written_entry_is_valid_json_with_the_documented_top_level_keys()
    {
        var store = new CacheStore(_dir.Path, TimeProvider.System);
        store.Write(CachedUsage.WithData(Data(), DateTimeOffset.UtcNow));

        using var document = JsonDocument.Parse(File.ReadAllBytes(store.Path));

        Assert.Equal(["schema_version", "cached_at", "data", "error"], document.RootElement.EnumerateObject().Select(p => p.Name));
    }
}
