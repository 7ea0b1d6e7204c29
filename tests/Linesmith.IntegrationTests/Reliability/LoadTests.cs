using System.Diagnostics;
using System.Globalization;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.Usage.Cache;

namespace Linesmith.IntegrationTests.Reliability;

/// <summary>
/// docs/guarantees.md. The soak: 8 workers render in a loop against a flaky server (random 200, 429 with
/// Retry-After 1, 500, slow); no run fails, no process outlives the test, the request count stays
/// within what the lock rules allow, and the final cache and lock are valid. It runs
/// <see cref="CiSoakSeconds"/> s by default; <c>LINESMITH_SOAK_SECONDS=60</c> runs the full length.
/// The stampede: 200 renders at once on an expired cache make exactly one request, and 5 s later no
/// process of theirs is alive.
/// Category TimingHeavy: <c>scripts/test --rid linux-arm64</c> leaves it out under qemu-user emulation,
/// where every process start is ~20x slower and the deadlines would measure the emulator; it runs
/// in every default run and on the native arm64 runner in CI.
/// </summary>
[Collection(LoadGroup.Name)]
[Trait("Category", "TimingHeavy")]
[Trait(Needs.Platform, Needs.Linux)]
public sealed class LoadTests
{
    public const string SoakVariable = "LINESMITH_SOAK_SECONDS";

    private const int CiSoakSeconds = 10;

    private const int Workers = 8;

    /// <summary>cache_duration in the soak's config: a success keeps everyone off the endpoint this long (less up to 1 s of truncation).</summary>
    private const int CacheSeconds = 2;

    /// <summary>
    /// The 429s' Retry-After: the lock is whole Unix seconds (now truncated + 2), so this keeps
    /// everyone off the endpoint for more than 1 s.
    /// </summary>
    private const int RetryAfterSeconds = 2;

    private static string Describe(int pid)
    {
        try
        {
            return $"{pid} {File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ')}";
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return $"{pid} (gone)";
        }
    }

    [Fact]
    public void Soak_eight_workers_against_a_flaky_server_fail_no_run_and_stay_within_the_request_bound()
    {
        var seconds = int.TryParse(Environment.GetEnvironmentVariable(SoakVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given > 0 ? given : CiSoakSeconds;
        using var rig = new UsageRig(timeoutMs: 1000);
        var random = new Random(11);
        rig.Server.Reply = _ =>
        {
            int roll;
            lock (random)
            {
                roll = random.Next(100);
            }

            return roll switch
            {
                // 500, a timeout and an HTML page lock the endpoint for 30 s (docs/spec/usage-cascade.md#algorithm), so they are rarer.
                < 60 => ServerReply.Usage(roll),
                < 85 => ServerReply.WithStatus(429, ("Retry-After", RetryAfterSeconds.ToString(CultureInfo.InvariantCulture))),
                < 90 => ServerReply.WithStatus(500),
                < 95 => ServerReply.Usage(roll) with { TricklePerByte = TimeSpan.FromMilliseconds(1) },
                < 97 => ServerReply.Usage(roll) with { TricklePerByte = TimeSpan.FromMilliseconds(10) },
                _ => new ServerReply(200, "<html>maintenance</html>"),
            };
        };
        var config = Path.Join(rig.Home, "soak.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig + $"[usage]\ncache_duration = {CacheSeconds}\n");
        var stopwatch = Stopwatch.StartNew();
        var failures = new List<string>();
        var runs = 0;

        var workers = Enumerable.Range(0, Workers).Select(_ => new Thread(() =>
        {
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(seconds))
            {
                var result = RenderRunner.Render(rig.Environment, RenderRunner.Payload, "--config", config);
                Interlocked.Increment(ref runs);
                var lines = result.Stdout.Split('\n');
                if (result.ExitCode != 0 || lines.Length != 2 || lines[0].Trim().Length == 0)
                {
                    lock (failures)
                    {
                        failures.Add($"exit {result.ExitCode}: {result.Stdout} {result.Stderr}");
                    }
                }
            }
        })).ToList();
        workers.ForEach(worker => worker.Start());
        workers.ForEach(worker => worker.Join());
        var elapsed = stopwatch.Elapsed;

        var alive = LiveProcesses.AwaitNone(rig.Home, TimeSpan.FromSeconds(10));
        // Every fetch runs under the one-fetch gate and ends in a success lock for CacheSeconds or an
        // error lock (Retry-After, or 30 s for other errors), both whole Unix seconds, so fetches start at
        // least 1 s apart; plus the first one and the one possibly in flight when the soak ended.
        var bound = (int)Math.Ceiling(elapsed.TotalSeconds / Math.Min(CacheSeconds - 1, RetryAfterSeconds - 1)) + 2;
        Console.WriteLine($"soak: {seconds} s, {Workers} workers, {runs} renders, {failures.Count} failed, {rig.Server.RequestCount} requests (bound {bound}), {alive.Count} processes left");

        Assert.Empty(failures);
        Assert.Empty(alive);
        Assert.True(runs >= Workers, $"only {runs} renders");
        Assert.InRange(rig.Server.RequestCount, 1, bound);
        if (File.Exists(rig.CachePath))
        {
            Assert.NotNull(CacheStore.Parse(File.ReadAllBytes(rig.CachePath), DateTimeOffset.UtcNow.AddMinutes(1)));
        }

        if (File.Exists(rig.LockPath))
        {
            Assert.NotNull(LockStore.Parse(File.ReadAllBytes(rig.LockPath)));
        }

        Assert.Empty(Directory.GetFiles(rig.CacheRoot, "*.tmp"));
    }

    [Fact]
    public async Task Two_hundred_renders_at_once_on_an_expired_cache_make_one_request_and_leave_no_process()
    {
        const int Renders = 200;
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.SeedStale(fiveHour: 7);
        rig.Server.Delay = TimeSpan.FromMilliseconds(300);
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);

        // Each render gets its payload as soon as it starts, as Claude Code gives it: starting all 200
        // first could take longer than a render's 1 s stdin deadline on a loaded machine, and the
        // first renders would then give up before their input arrived.
        var processes = Enumerable.Range(0, Renders)
            .Select(_ => ProcessRunner.Start(PublishedBinary.Path, ["--config", config], rig.Environment))
            .Select(process =>
            {
                process.StandardInput.Write(RenderRunner.Payload);
                process.StandardInput.Close();
                return (Process: process, Stdout: process.StandardOutput.ReadToEndAsync(), Stderr: process.StandardError.ReadToEndAsync());
            })
            .ToList();

        foreach (var (process, stdout, _) in processes)
        {
            using (process)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "a render did not exit");
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
                Assert.Contains("7", await stdout, StringComparison.Ordinal);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
        var alive = LiveProcesses.WithHome(rig.Home);
        Console.WriteLine($"stampede: {Renders} renders, {rig.Server.RequestCount} requests, {alive.Count} processes alive 5 s later");

        Assert.True(rig.Server.RequestCount == 1, $"{rig.Server.RequestCount} requests");
        Assert.True(alive.Count == 0, $"alive 5 s later: {string.Join(", ", alive.Select(Describe))}");
        Assert.Equal(42f, rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization);
    }
}
