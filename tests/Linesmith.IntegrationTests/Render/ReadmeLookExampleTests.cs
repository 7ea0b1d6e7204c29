using System.Text.RegularExpressions;
using Linesmith.IntegrationTests.TestSupport;
using Linesmith.TestSupport;

namespace Linesmith.IntegrationTests.Render;

/// <summary>
/// README.md#layout-and-look: one example line per style, rendered by the published binary from the files
/// in <c>examples/</c>. The powerline and capsule lines are rendered in colour (they are blocks of colour)
/// and compared without their SGR codes; flex and wrap without colour at a fixed <c>COLUMNS</c>.
/// </summary>
public sealed partial class ReadmeLookExampleTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Theory]
    [InlineData("`examples/config/powerline.toml`", "powerline.toml", null)]
    [InlineData("`examples/config/capsule.toml`", "capsule.toml", null)]
    [InlineData("`examples/config/flex.toml`", "flex.toml", "84")]
    [InlineData("`examples/config/wrap.toml`", "wrap.toml", "54")]
    public void A_style_example_renders_as_the_readme_shows(string caption, string config, string? columns)
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _dir.Join("home"),
            ["LINESMITH_CACHE_DIR"] = _dir.Join("cache"),
            ["LINESMITH_API_BASE_URL"] = "http://127.0.0.1:9",
            ["COLORTERM"] = "truecolor",
        };
        if (columns is not null)
        {
            environment["COLUMNS"] = columns;
        }

        var colour = columns is null ? "--force-color" : "--no-color";
        var result = ProcessRunner.Run(PublishedBinary.Path, [colour, "--config", Example(Path.Join("config", config))], environment, File.ReadAllText(Example("payload.json")));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Block(caption), Sgr().Replace(result.Stdout, string.Empty));
        if (columns is null)
        {
            Assert.Contains("\u001B[", result.Stdout, StringComparison.Ordinal);
        }
    }

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

    [GeneratedRegex("\u001B\\[[0-9;]*m")]
    private static partial Regex Sgr();
}
