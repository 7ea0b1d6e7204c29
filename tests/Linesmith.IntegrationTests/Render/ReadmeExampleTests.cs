using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// Issue 12: the README's example lines reproduce from the files in <c>examples/</c> on any date.
/// Each block is read from the README itself (the code block after its caption) and compared with
/// what the published binary prints for the same files, without colour and without a width limit.
/// </summary>
public sealed class ReadmeExampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    private static string Example(string file) => Path.Join(RepoPaths.Root, "examples", file);

    /// <summary>The code block that follows the first README line starting with <paramref name="caption"/>.</summary>
    private static string Block(string caption)
    {
        var lines = File.ReadAllLines(Path.Join(RepoPaths.Root, "README.md"));
        var at = Array.FindIndex(lines, line => line.StartsWith(caption, StringComparison.Ordinal));
        Assert.True(at >= 0, $"README has no caption {caption}");
        var open = Array.FindIndex(lines, at, line => line == "```");
        var close = Array.FindIndex(lines, open + 1, line => line == "```");
        return string.Join("\n", lines[(open + 1)..close]) + "\n";
    }

    /// <summary>A HOME without a config, credentials or transcripts, and no terminal width.</summary>
    private Dictionary<string, string> Environment() => new()
    {
        ["HOME"] = _dir.Join("home"),
        ["LINESMITH_CACHE_DIR"] = _dir.Join("cache"),
        ["LINESMITH_API_BASE_URL"] = "http://127.0.0.1:9",
    };

    private static ProcessResult Render(Dictionary<string, string> environment, params string[] arguments) =>
        ProcessRunner.Run(PublishedBinary.Path, ["--no-color", .. arguments], environment, File.ReadAllText(Example("payload.json")));

    [Theory]
    [InlineData("Default line (no config), from `examples/payload.json`:", null)]
    [InlineData("`examples/config/two-lines.toml`", "two-lines.toml")]
    [InlineData("`examples/config/minimal.toml`:", "minimal.toml")]
    public void A_payload_example_renders_as_the_readme_shows(string caption, string? config)
    {
        var result = config is null ? Render(Environment()) : Render(Environment(), "--config", Example(Path.Join("config", config)));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Block(caption), result.Stdout);
    }

    [Fact]
    public void The_sample_cache_example_renders_as_the_readme_shows()
    {
        var cache = _dir.Join("cache");
        Directory.CreateDirectory(cache);
        File.WriteAllBytes(Path.Join(cache, "usage.json"), File.ReadAllBytes(Example(Path.Join("cache", "usage.json"))));
        File.WriteAllText(Path.Join(cache, "usage.lock"), $$"""{"blocked_until": {{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}, "error": "RateLimited"}""");

        var result = Render(Environment(), "--config", Example(Path.Join("config", "usage.toml")));

        Assert.Equal(Block("`examples/config/usage.toml` with the sample cache"), result.Stdout);
    }
}
