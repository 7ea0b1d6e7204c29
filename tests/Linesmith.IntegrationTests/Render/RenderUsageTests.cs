using System.Diagnostics;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.IntegrationTests.Usage;
using Linesmith.Usage.Cascade;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// The statusline render itself (not <c>usage</c>) with endpoint-backed segments: fifty renders at
/// once make one request, a stale cache is shown without waiting for a slow endpoint, and the next
/// render shows the refreshed numbers (docs/spec/decisions.md#d1-one-fetch-not-a-stampede and docs/adr/0011-refresh-in-a-detached-process.md).
/// </summary>
public sealed class RenderUsageTests
{
    private const int Processes = 50;

    // No rate_limits on stdin (an API-key session or the first render), so the segments need the endpoint.
    private const string Payload = """{"model": {"display_name": "Claude Opus 4.5"}, "cwd": "/tmp"}""";

    private static Dictionary<string, string> RenderEnvironment(UsageRig rig)
    {
        var config = Path.Join(rig.Home, "linesmith.toml");
        File.WriteAllText(config, "[line]\nsegments = [\"rate_limit_5h\", \"extra_usage\"]\n");
        return new Dictionary<string, string>(rig.Environment) { ["LINESMITH_CONFIG"] = config };
    }

    private static List<string> RenderAtOnce(Dictionary<string, string> environment)
    {
        var processes = new List<(Process Process, Task<string> Stdout)>();
        for (var i = 0; i < Processes; i++)
        {
            var process = ProcessRunner.Start(PublishedBinary.Path, [], environment);
            process.StandardInput.Write(Payload);
            process.StandardInput.Close();
            processes.Add((process, process.StandardOutput.ReadToEndAsync()));
        }

        var lines = new List<string>();
        foreach (var (process, stdout) in processes)
        {
            using (process)
            {
                // Reading stdout to its end also proves the background refresher does not hold the pipe.
                Assert.True(stdout.Wait(TimeSpan.FromSeconds(60)), "a render kept its stdout open");
                Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "a render did not exit");
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
                lines.Add(stdout.Result);
            }
        }

        return lines;
    }

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_renders_with_a_stale_cache_and_a_slow_endpoint_show_the_stale_line_and_cause_one_request()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.SeedStale(fiveHour: 7);
        rig.Server.Hold();
        var environment = RenderEnvironment(rig);

        var lines = RenderAtOnce(environment);

        // Every render finished while the one request was still held by the server.
        Assert.All(lines, line => Assert.Equal("5h: 7.0%\n", line));
        rig.Server.WaitForRequest(TimeSpan.FromSeconds(30));
        rig.Server.Release();
        BackgroundRefreshTests.WaitUntil(() => rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization == 42f);
        BackgroundRefreshTests.WaitUntil(() => FetchGate.IsFree(rig.CacheRoot));
        Assert.Equal(1, rig.Server.RequestCount);

        var next = ProcessRunner.Run(PublishedBinary.Path, [], environment, Payload);
        Assert.Equal("5h: 42.0% · extra: $40.00/$100.00\n", next.Stdout);
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    [Trait("Category", "TimingHeavy")] // 50 processes at once: under qemu-user that measures the emulator (scripts/test)
    public void Fifty_renders_with_no_cache_make_one_request_and_all_show_its_numbers()
    {
        using var rig = new UsageRig(timeoutMs: 10_000);
        rig.Server.Delay = TimeSpan.FromMilliseconds(300);

        var lines = RenderAtOnce(RenderEnvironment(rig));

        Assert.Equal(1, rig.Server.RequestCount);
        Assert.All(lines, line => Assert.Equal("5h: 42.0% · extra: $40.00/$100.00\n", line));
    }
}
