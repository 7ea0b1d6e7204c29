using System.Text.Json;
using Linesmith.TestSupport;
using Linesmith.Usage.Cache;
using Linesmith.Usage.Model;

namespace Linesmith.IntegrationTests.TestSupport;

/// <summary>
/// A HOME with planted credentials, its cache root, a test HTTP server, and the environment that
/// points the published binary at them. Time is the real clock: these are separate processes.
/// </summary>
internal sealed class UsageRig : IDisposable
{
    public const string Token = "sk-ant-oat01-INTEGRATION-SECRET-9f8e7d6c5b4a";

    private readonly TempDir _temp = new();

    public UsageRig(int timeoutMs = 5000)
    {
        Home = _temp.Join("home");
        CacheRoot = Path.Join(Home, ".cache", "linesmith");
        var claude = Path.Join(Home, ".claude");
        Directory.CreateDirectory(claude);
        File.WriteAllText(Path.Join(claude, ".credentials.json"), $$$"""{"claudeAiOauth":{"accessToken":"{{{Token}}}","scopes":["user:inference"]}}""");
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home,
            ["LINESMITH_API_BASE_URL"] = Server.BaseUrl + "/",
            ["LINESMITH_TIMEOUT_MS"] = timeoutMs.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LINESMITH_LOG"] = "debug",
        };
    }

    public TestHttpServer Server { get; } = new();

    public string Home { get; }

    public string CacheRoot { get; }

    public Dictionary<string, string> Environment { get; }

    public string CachePath => Path.Join(CacheRoot, CacheStore.FileName);

    public string LockPath => Path.Join(CacheRoot, LockStore.FileName);

    public CacheStore Cache => new(CacheRoot, TimeProvider.System);

    public static long NowSeconds => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    /// <summary>The cache root, made 0700 by the test (linesmith itself creates only its own level below an existing one).</summary>
    public void CreateCacheRoot()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(CacheRoot);
        }
        else
        {
            Directory.CreateDirectory(CacheRoot, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    public void SeedStale(float fiveHour = 7.0f, TimeSpan? age = null)
    {
        CreateCacheRoot();
        var data = new CachedData(new UsageBucket(fiveHour, DateTimeOffset.UtcNow.AddHours(2)), new UsageBucket(13));
        Assert.Null(Cache.Write(CachedUsage.WithData(data, DateTimeOffset.UtcNow - (age ?? TimeSpan.FromMinutes(10)))));
    }

    public ProcessResult Run(params string[] arguments) => ProcessRunner.Linesmith(Environment, arguments);

    public LockFile? ReadLock() => new LockStore(CacheRoot, TimeProvider.System).Read().Lock;

    public static JsonElement Json(ProcessResult result)
    {
        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Stderr}");
        return JsonDocument.Parse(result.Stdout).RootElement;
    }

    public static string Source(ProcessResult result) => Json(result).GetProperty("source").GetString()!;

    public static string? ErrorCode(ProcessResult result) =>
        Json(result).GetProperty("error") is { ValueKind: JsonValueKind.Object } error ? error.GetProperty("code").GetString() : null;

    public void Dispose()
    {
        Server.Dispose();
        _temp.Dispose();
    }
}
