using BenchmarkDotNet.Attributes;
using Linesmith.Config;
using Linesmith.Input;
using Linesmith.Platform;
using Linesmith.Usage.Endpoint;

namespace Linesmith.Benchmarks;

/// <summary>The parsers on a render's path: the stdin payload, the endpoint body (on a fetch) and the config file.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private byte[] _payload = null!;
    private byte[] _endpointBody = null!;
    private string _config = null!;

    [GlobalSetup]
    public void Setup()
    {
        _payload = BenchData.Bytes("payload.json");
        _endpointBody = BenchData.Bytes("endpoint-body.json");
        _config = BenchData.Text("power-user.toml");
    }

    [Benchmark]
    public object? StdinPayload() => PayloadReader.TryParse(_payload, out _);

    [Benchmark]
    public object? EndpointBody() => UsageApiParser.TryParse(_endpointBody, out _);

    [Benchmark]
    public object ConfigLoad() => LinesmithConfig.From(ConfigFile.Parse(_config, "power-user.toml"), EnvironmentSnapshot.Empty);
}
