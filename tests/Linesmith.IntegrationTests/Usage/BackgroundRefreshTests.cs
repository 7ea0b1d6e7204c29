using Linesmith.IntegrationTests.TestSupport;

namespace Linesmith.IntegrationTests.Usage;

/// <summary>
/// docs/adr/0011-refresh-in-a-detached-process.md: with stale data a render prints at once and a detached <c>usage refresh</c>
/// fetches; the refresher does not hold the render's pipes. The server holds its response until the
/// test releases it, so "the render finished while the fetch was still in flight" is certain.
/// </summary>
public sealed class BackgroundRefreshTests
{
    [Fact]
    public async Task A_render_with_stale_data_returns_while_the_refresh_is_still_waiting_on_the_server()
    {
        using var rig = new UsageRig(timeoutMs: 20_000);
        rig.SeedStale(fiveHour: 7);
        rig.Server.Hold();
        rig.Server.Reply = _ => ServerReply.Usage(77);

        // Read stdout and stderr to EOF, bounded: a refresher holding them would make this time out.
        var render = await RunToEof(rig, "usage", "--no-wait");

        Assert.Equal(0, render.ExitCode);
        Assert.StartsWith("source: stale", render.Stdout, StringComparison.Ordinal);
        Assert.Contains("5h:            7.0%", render.Stdout, StringComparison.Ordinal);
        Assert.Contains("refresh: started in the background", render.Stdout, StringComparison.Ordinal);

        // The refresher's request arrives (or already has) and is still being held: the render did not wait for it.
        rig.Server.WaitForRequest(TimeSpan.FromSeconds(20));
        Assert.Equal(1, rig.Server.RequestCount);

        rig.Server.Release();
        WaitUntil(() => rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization == 77f);

        var next = rig.Run("usage", "--no-wait");
        Assert.StartsWith("source: cache", next.Stdout, StringComparison.Ordinal);
        Assert.Contains("5h:            77.0%", next.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, rig.Server.RequestCount);
    }

    [Fact]
    public void Renders_while_a_refresh_is_in_flight_serve_stale_data_and_start_no_second_fetch()
    {
        using var rig = new UsageRig(timeoutMs: 20_000);
        rig.SeedStale(fiveHour: 7);
        rig.Server.Hold();

        rig.Run("usage", "--no-wait");
        rig.Server.WaitForRequest(TimeSpan.FromSeconds(20));
        var renders = Enumerable.Range(0, 5).Select(_ => rig.Run("usage", "--no-wait")).ToList();
        rig.Server.Release();
        WaitUntil(() => rig.Cache.Read().Entry?.Data?.FiveHour?.Utilization == 42f);

        Assert.All(renders, render => Assert.StartsWith("source: stale", render.Stdout, StringComparison.Ordinal));
        Assert.All(renders, render => Assert.DoesNotContain("refresh: started", render.Stdout, StringComparison.Ordinal));
        Assert.Equal(1, rig.Server.RequestCount);
    }

    private static async Task<ProcessResult> RunToEof(UsageRig rig, params string[] arguments)
    {
        using var process = ProcessRunner.Start(PublishedBinary.Path, arguments, rig.Environment);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.WhenAll(stdout, stderr).WaitAsync(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
        return new ProcessResult(process.ExitCode, await stdout, await stderr, TimeSpan.Zero);
    }

    internal static void WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
        {
            Thread.Sleep(50);
        }

        Assert.True(condition(), "the condition did not become true within 20 s");
    }
}
