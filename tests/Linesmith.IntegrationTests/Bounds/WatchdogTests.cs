using System.Diagnostics;
using Linesmith.IntegrationTests.Reliability;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Bounds;

/// <summary>
/// Issue 11 item 4, every command is bounded and nothing stuck blocks the others: the watchdog ends a
/// render whose stdout is a full pipe nobody reads (its own write is stuck there), and the background
/// refresher keeps none of the descriptors the render inherited.
/// </summary>
[Collection(LoadGroup.Name)]
[Trait(Needs.Platform, Needs.Unix)]
public sealed class WatchdogTests : IDisposable
{
    private readonly TempDir _temp = new();

    [Fact]
    public void A_render_whose_stdout_is_a_full_pipe_nobody_reads_is_ended_by_its_watchdog()
    {
        // dd fills the pipe's 64 KiB first, so the render's write blocks for ever; the reader only sleeps.
        File.WriteAllText(_temp.Join("p.json"), RenderRunner.Payload);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _temp.Path,
            ["P"] = _temp.Join("p.json"),
            ["F"] = _temp.Join("fifo"),
            ["LINESMITH_TIMEOUT_MS"] = "100",
        };
        const string Script = """
            mkfifo "$F"
            sleep 60 <"$F" & reader=$!
            ( dd if=/dev/zero bs=65536 count=1 2>/dev/null; $LINESMITH <"$P" 2>/dev/null ) >"$F"
            echo "rc=$?"
            kill $reader
            """;
        var stopwatch = Stopwatch.StartNew();
        var result = ShellRun.Script(Script, environment, TimeSpan.FromSeconds(40));

        Assert.Equal(0, ShellRun.ExitCodeOf(result));
        // The bound for LINESMITH_TIMEOUT_MS=100 is 5 s (RunDeadline.For); well under the 60 s sleep.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30), $"took {stopwatch.Elapsed}");
    }

    [Fact]
    public void A_descriptor_inherited_without_close_on_exec_reaches_its_end_when_the_render_exits_not_when_the_refresher_does()
    {
        using var rig = new UsageRig(timeoutMs: 15_000);
        rig.SeedStale();
        rig.Server.Hold();
        var config = Path.Join(rig.Home, "usage.toml");
        File.WriteAllText(config, RenderRunner.UsageConfig);
        File.WriteAllText(_temp.Join("p.json"), RenderRunner.Payload);
        var environment = new Dictionary<string, string>(rig.Environment)
        {
            ["P"] = _temp.Join("p.json"),
            ["C"] = config,
        };

        // Descriptor 3 of the render is the pipe's write end (a shell redirection: not close-on-exec);
        // cat ends at the pipe's end, when the last holder has closed it.
        const string Script = """
            { $LINESMITH --config "$C" <"$P" 3>&1 >/dev/null 2>&1; } | cat >/dev/null
            echo "rc=0"
            """;
        try
        {
            var stopwatch = Stopwatch.StartNew();
            var result = ShellRun.Script(Script, environment, TimeSpan.FromSeconds(40));
            var elapsed = stopwatch.Elapsed;

            Assert.Equal(0, ShellRun.ExitCodeOf(result));
            rig.Server.WaitForRequest(TimeSpan.FromSeconds(10));
            Assert.NotEmpty(LiveProcesses.WithHome(rig.Home));
            Assert.True(elapsed < TimeSpan.FromSeconds(10), $"the pipe ended after {elapsed}, with the refresher still waiting for its request");
        }
        finally
        {
            rig.Server.Release();
            Assert.Empty(LiveProcesses.AwaitNone(rig.Home, TimeSpan.FromSeconds(20)));
        }
    }

    [Fact]
    public void A_refresher_whose_credentials_file_is_a_FIFO_ends_at_once_and_the_next_fetch_is_not_locked_out()
    {
        // It used to sit in open() for ever holding usage.fetch.lock, so that nothing fetched again.
        using var rig = new UsageRig(timeoutMs: 3_000);
        var credentials = Path.Join(rig.Home, ".claude", ".credentials.json");
        var good = File.ReadAllText(credentials);
        File.Delete(credentials);
        Mounts.Run("mkfifo", credentials);

        var refresh = rig.Run("usage", "refresh");

        Assert.True(refresh.Elapsed < TimeSpan.FromSeconds(10), $"usage refresh took {refresh.Elapsed}");
        Assert.True(Linesmith.Usage.Cascade.FetchGate.IsFree(rig.CacheRoot));
        Assert.Equal(0, rig.Server.RequestCount);
        File.Delete(credentials);
        File.WriteAllText(credentials, good);
        var usage = rig.Run("usage", "--json");
        Assert.Equal("endpoint", UsageRig.Source(usage));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    public void Dispose() => _temp.Dispose();
}
