using Linesmith.Diagnostics;
using Linesmith.Tests.TestSupport;
using Linesmith.TestSupport;
using Linesmith.Usage;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Cascade;
using Linesmith.Usage.Model;

namespace Linesmith.Tests.Usage.Cascade;

/// <summary>
/// One cascade "process" with injected everything: a temp cache root, a manual clock, a fake
/// transport, credentials, JSONL and launcher, and a log captured in memory.
/// </summary>
internal sealed class CascadeRig : IDisposable
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-04-19T18:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private readonly TempDir _temp = new();

    public CascadeRig()
    {
        Root = _temp.Join("cache");
        Cache = new CacheStore(Root, Clock);
        Locks = new LockStore(Root, Clock);
    }

    public string Root { get; set; }

    public ManualClock Clock { get; } = new(Start);

    public CacheStore Cache { get; }

    public LockStore Locks { get; }

    public FakeTransport Transport { get; set; } = FakeTransport.Ok();

    public FakeCredentials Credentials { get; set; } = FakeCredentials.Valid();

    public FakeJsonl? Jsonl { get; set; }

    public FakeLauncher Launcher { get; } = new();

    public StringWriter Stderr { get; } = new();

    public Log Log { get; private set; } = Log.Silent;

    /// <summary>What <see cref="Log"/> wrote (to <see cref="Stderr"/>, having no file).</summary>
    public IReadOnlyList<string> LogLines => TestSupport.LogLines.Of(Stderr);

    public bool NoCacheRoot { get; set; }

    public UsageSettings Settings { get; set; } = UsageSettings.Defaults with { ApiBaseUrl = "http://127.0.0.1:9/" };

    public string TempPath => _temp.Path;

    public UsageCascade NewProcess(LogLevel level = LogLevel.Debug)
    {
        Log = new Log(level, null, Stderr, Clock);
        return new UsageCascade(new CascadeInputs(NoCacheRoot ? null : Root, Transport, Credentials, Jsonl, Clock, Settings, Log, Launcher)
        {
            WaitGrace = TimeSpan.Zero,
            PollInterval = TimeSpan.FromMilliseconds(5),
        });
    }

    public UsageResult Resolve(FetchMode mode = FetchMode.Wait) => NewProcess().Resolve(UsageQuery.Everything(mode));

    public static CachedData Data(float fiveHour = 42.0f) => new(new UsageBucket(fiveHour, Start.AddHours(2)), new UsageBucket(13.0f));

    public void SeedData(TimeSpan age, float fiveHour = 42.0f) =>
        Assert.Null(Cache.Write(CachedUsage.WithData(Data(fiveHour), Clock.GetUtcNow() - age)));

    public void SeedError(string code, TimeSpan age) => Assert.Null(Cache.Write(CachedUsage.WithError(code, Clock.GetUtcNow() - age)));

    public void SeedLock(TimeSpan fromNow, string? error) =>
        Assert.Null(Locks.Write(new LockFile(Clock.GetUtcNow().ToUnixTimeSeconds() + (long)fromNow.TotalSeconds, error)));

    public long NowSeconds => Clock.GetUtcNow().ToUnixTimeSeconds();

    public void Dispose() => _temp.Dispose();
}
