using BenchmarkDotNet.Attributes;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Input.Payload;
using Linesmith.Platform;
using Linesmith.Rendering;
using Linesmith.Segments;

namespace Linesmith.Benchmarks;

/// <summary>
/// A whole render after the input is parsed: building the segments from the config, rendering them
/// and writing 24-bit colour. The power-user line reads fresh endpoint data (the cascade's work is
/// measured by the cache benchmarks and the start-up script).
/// </summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private StatusPayload _payload = null!;
    private string _powerUser = null!;
    private UsageView _usage = null!;

    [GlobalSetup]
    public void Setup()
    {
        _payload = PayloadReader.TryParse(BenchData.Bytes("payload.json"), out _)!;
        _powerUser = BenchData.Text("power-user.toml");
        _usage = UsageView.FromEndpoint(CacheReadBenchmarks.TypicalData(DateTimeOffset.UtcNow).ToUsageData());
    }

    // No config file, as on a first install: the built-in defaults, nothing parsed.
    [Benchmark]
    public int DefaultLine() => Render(ConfigFile.Defaults());

    [Benchmark]
    public int PowerUserTwoLines() => Render(ConfigFile.Parse(_powerUser, "config.toml"));

    private int Render(ConfigFile file)
    {
        var config = LinesmithConfig.From(file, EnvironmentSnapshot.Empty);
        var line = new LineBuilder(config);
        var theme = BuiltInThemes.Find(config.Theme) ?? BuiltInThemes.Default;
        var context = new SegmentContext(_payload, TimeProvider.System, TimeZoneInfo.Utc, () => _usage);
        return line.Render(context, new AnsiWriter(theme, ColorDepth.TrueColor), 200, static (_, _) => { }).Sum(text => text.Length);
    }
}
