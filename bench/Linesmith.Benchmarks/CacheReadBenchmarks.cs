using BenchmarkDotNet.Attributes;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.Benchmarks;

/// <summary>
/// Reading a typical usage.json and usage.lock: from disk through the store (what a render pays),
/// and parsing bytes already in memory (the deserializer alone).
/// </summary>
[MemoryDiagnoser]
public class CacheReadBenchmarks
{
    private string _root = null!;
    private CacheStore _cache = null!;
    private LockStore _locks = null!;
    private byte[] _usageBytes = null!;
    private byte[] _lockBytes = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Join(Path.GetTempPath(), "linesmith-bench-" + Guid.NewGuid().ToString("N"));
        _now = DateTimeOffset.UtcNow;
        _cache = new CacheStore(_root, TimeProvider.System);
        _locks = new LockStore(_root, TimeProvider.System);
        _cache.Write(CachedUsage.WithData(TypicalData(_now), _now.AddSeconds(-30)));
        _locks.Write(new LockFile(_now.ToUnixTimeSeconds() + 150));
        _usageBytes = File.ReadAllBytes(_cache.Path);
        _lockBytes = File.ReadAllBytes(_locks.Path);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public object? ReadUsageJsonFromDisk() => _cache.Read().Entry;

    [Benchmark]
    public object? ParseUsageJson() => CacheStore.Parse(_usageBytes, _now.AddMinutes(1));

    [Benchmark]
    public object? ReadUsageLockFromDisk() => _locks.Read().Lock;

    [Benchmark]
    public object? ParseUsageLock() => LockStore.Parse(_lockBytes);

    /// <summary>What a Max account's cache holds in 2026-08: two windows, extra usage, per-model limits, code-named keys.</summary>
    internal static CachedData TypicalData(DateTimeOffset now)
    {
        var unknown = System.Text.Json.JsonDocument.Parse("""{"seven_day_omelette": {"utilization": 3.0, "resets_at": null}, "member_dashboard_available": true}""").RootElement;
        return new CachedData(
            FiveHour: new UsageBucket(22f, now.AddHours(3)),
            SevenDay: new UsageBucket(48.5f, now.AddDays(4)),
            ExtraUsage: new ExtraUsage(true, 24.69f, 5000, 1234.5, "USD"),
            Limits:
            [
                new UsageLimit(LimitKind.Session, 22f, now.AddHours(3), null, LimitSeverity.Normal),
                new UsageLimit(LimitKind.WeeklyAll, 48.5f, now.AddDays(4), null, LimitSeverity.Normal),
                new UsageLimit(LimitKind.WeeklyScoped, 82f, now.AddDays(4), new LimitScope(new LimitModel("Fable", null)), LimitSeverity.Warning),
            ],
            UnknownBuckets: unknown.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()));
    }
}
