using BenchmarkDotNet.Attributes;
using Linesmith.Usage.Cache;

namespace Linesmith.Benchmarks;

/// <summary>
/// The checks every render makes first. Each invocation runs the check 1,000 times
/// (OperationsPerInvoke) so that a nanosecond-scale operation is measurable; the Allocated column
/// must read 0 B.
/// </summary>
[MemoryDiagnoser]
public class FreshnessBenchmarks
{
    private const int Operations = 1_000;
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(180);
    private readonly DateTimeOffset _now = new(2026, 4, 19, 18, 30, 0, TimeSpan.Zero);
    private CachedUsage _entry = null!;
    private LockFile _lock = null!;

    [GlobalSetup]
    public void Setup()
    {
        _entry = CachedUsage.WithData(new CachedData(), _now.AddSeconds(-30));
        _lock = new LockFile(_now.ToUnixTimeSeconds() + 30, "RateLimited");
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int EntryIsFresh()
    {
        var fresh = 0;
        for (var i = 0; i < Operations; i++)
        {
            fresh += _entry.IsFreshAt(_now.AddTicks(i), Duration) ? 1 : 0;
        }

        return fresh;
    }

    [Benchmark(OperationsPerInvoke = Operations)]
    public int LockIsBlocking()
    {
        var blocking = 0;
        for (var i = 0; i < Operations; i++)
        {
            blocking += _lock.IsBlockingAt(_now.AddSeconds(i & 63)) ? 1 : 0;
        }

        return blocking;
    }
}
