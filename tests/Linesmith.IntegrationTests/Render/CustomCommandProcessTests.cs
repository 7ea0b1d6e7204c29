using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// <c>custom_command</c> through the published binary (docs/segments.md#custom_command): the first render
/// runs the command and caches its output; once the output is older than its ttl a render shows it at
/// once and leaves the new run to a detached <c>linesmith command refresh</c> (docs/adr/0011-refresh-in-a-detached-process.md),
/// whose result a later render shows. The command is POSIX shell.
/// </summary>
[Trait(Needs.Platform, Needs.Unix)]
public sealed class CustomCommandProcessTests : IDisposable
{
    private const string Payload = """{"model":{"id":"claude-opus-4-5","display_name":"Opus"}}""";

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Value => _dir.Join("value");

    private string Runs => _dir.Join("runs");

    private string Config()
    {
        var path = _dir.Join("config.toml");
        File.WriteAllText(
            path,
            $"[line]\nsegments = [\"custom_command\"]\n[segments.custom_command]\nttl = 1\ncommand = \"echo run >> '{Runs}'; cat '{Value}'\"\n");
        return path;
    }

    private string Render(string config) =>
        RenderRunner.AssertOneSafeLine(RenderRunner.Render(CacheEnvironment.For(_dir.Join("cache"), _dir.Join("home")), Payload, "--config", config)).Trim();

    private int RunCount => File.Exists(Runs) ? File.ReadAllLines(Runs).Length : 0;

    [Fact]
    public void A_stale_output_is_shown_at_once_and_a_background_run_brings_the_new_one()
    {
        var config = Config();
        File.WriteAllText(Value, "first\n");
        Assert.Equal("first", Render(config));
        Assert.Equal(1, RunCount);

        File.WriteAllText(Value, "second\n");
        Thread.Sleep(TimeSpan.FromMilliseconds(1100));

        // Stale: this render shows the old output; the refresh it starts runs the command again.
        Assert.Equal("first", Render(config));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        var shown = "first";
        while (shown != "second" && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(100);
            shown = Render(config);
        }

        Assert.Equal("second", shown);
        Assert.InRange(RunCount, 2, 3);
    }
}
