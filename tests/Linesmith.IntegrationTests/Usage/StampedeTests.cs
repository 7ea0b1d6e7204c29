using System.Diagnostics;
using Linesmith.IntegrationTests.Reliability;
using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// docs/spec/decisions.md#d1-one-fetch-not-a-stampede: fifty published-binary processes started at once against one cache root make
/// exactly one request, whether the cache is stale or empty, and every one of them exits 0 with output.
/// </summary>
[Collection(LoadGroup.Name)]
public sealed class StampedeTests
{
    private const int Processes = 50;

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_processes_with_a_stale_cache_make_exactly_one_request()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.SeedStale();
        rig.Server.Delay = TimeSpan.FromMilliseconds(300);

        var results = RunAtOnce(rig);

        Assert.Equal(1, rig.Server.RequestCount);
        Assert.All(results, result => Assert.Contains(UsageRig.Source(result), (string[])["endpoint", "cache", "stale"]));
    }

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_processes_with_an_empty_cache_make_exactly_one_request()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Delay = TimeSpan.FromMilliseconds(300);

        var results = RunAtOnce(rig);

        Assert.Equal(1, rig.Server.RequestCount);
        Assert.All(results, result => Assert.Contains(UsageRig.Source(result), (string[])["endpoint", "cache"]));
        Assert.Equal(42.0, UsageRig.Json(results[0]).GetProperty("data").GetProperty("five_hour").GetProperty("utilization").GetDouble());
    }

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_renders_with_a_stale_cache_all_serve_it_and_their_refreshers_make_one_request()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.SeedStale(fiveHour: 7);
        // Held until every render has exited: on a loaded machine a refresher could otherwise finish
        // before the last renders start, and those would rightly see a fresh cache, not stale data.
        rig.Server.Hold();

        var results = RunAtOnce(rig, "--no-wait");
        rig.Server.Release();
        BackgroundRefreshTests.WaitUntil(() => rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization == 42f);
        BackgroundRefreshTests.WaitUntil(() => Linesmith.Usage.Cascade.FetchGate.IsFree(rig.CacheRoot));

        Assert.All(results, result => Assert.Equal("stale", UsageRig.Source(result)));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_renders_with_an_empty_cache_make_one_request_and_all_show_its_data()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Delay = TimeSpan.FromMilliseconds(300);

        var results = RunAtOnce(rig, "--no-wait");

        Assert.Equal(1, rig.Server.RequestCount);
        Assert.All(results, result => Assert.Contains(UsageRig.Source(result), (string[])["endpoint", "cache"]));
    }

    private static List<ProcessResult> RunAtOnce(UsageRig rig, params string[] extra)
    {
        var processes = new List<(Process Process, Task<string> Stdout, Task<string> Stderr)>();
        for (var i = 0; i < Processes; i++)
        {
            var process = ProcessRunner.Start(PublishedBinary.Path, ["usage", "--json", .. extra], rig.Environment);
            process.StandardInput.Close();
            processes.Add((process, process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync()));
        }

        var results = new List<ProcessResult>();
        foreach (var (process, stdout, stderr) in processes)
        {
            using (process)
            {
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "a linesmith process did not exit");
                process.WaitForExit();
                results.Add(new ProcessResult(process.ExitCode, stdout.Result, stderr.Result, TimeSpan.Zero));
            }
        }

        Assert.All(results, result => Assert.Equal(0, result.ExitCode));
        Assert.All(results, result => Assert.NotEmpty(result.Stdout.Trim()));
        return results;
    }
}
